import { Button, Image, Select, Space, Typography, Upload, message } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { homeStages, type HomeDetail } from '@congdoan/domain';
import { errorText } from '../../../api/client';
import { uploadPhoto } from './homes.api';

/** A house's photos by stage (served by the scoped route), and the upload for a reached stage. */
export function HomePhotos({ home }: { home: HomeDetail }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const reached = homeStages.slice(0, homeStages.indexOf(home.stage) + 1);
  const [stage, setStage] = useState<string>(home.stage);
  const [milestoneId, setMilestoneId] = useState<number | undefined>();
  return (
    <>
      {reached.map((s) => {
        const photos = home.photos.filter((p) => p.stage === s);
        if (!photos.length) return null;
        return (
          <div key={s} style={{ marginBottom: 8 }}>
            <Typography.Text strong>{t(`homes.stage.${s}`)}</Typography.Text>
            <div>
              <Image.PreviewGroup>
                <Space wrap>
                  {photos.map((p) => (
                    <Image
                      key={p.id}
                      width={120}
                      src={`/api/welfare/homes/${home.id}/photos/${p.id}`}
                      alt={p.caption ?? p.fileName}
                      data-testid={`home-photo-${p.id}`}
                    />
                  ))}
                </Space>
              </Image.PreviewGroup>
            </div>
          </div>
        );
      })}
      {home.canEdit && (
        <Space wrap style={{ marginTop: 8 }}>
          <Select
            aria-label={t('homes.photoStage')}
            value={stage}
            onChange={setStage}
            options={reached.map((s) => ({ value: s, label: t(`homes.stage.${s}`) }))}
            style={{ minWidth: 160 }}
          />
          {home.milestones.length > 0 && (
            <Select
              aria-label={t('homes.photoMilestone')}
              placeholder={t('homes.photoMilestone')}
              allowClear
              value={milestoneId}
              onChange={setMilestoneId}
              options={home.milestones.map((m) => ({ value: m.id, label: m.title }))}
              style={{ minWidth: 160 }}
            />
          )}
          <Upload
            accept=".jpg,.jpeg,.png"
            showUploadList={false}
            data-testid="photo-upload"
            customRequest={({ file, onSuccess, onError }) => {
              uploadPhoto(home.id, file as File, stage, milestoneId).then(
                (r) => {
                  onSuccess?.(r);
                  void message.success(t('homes.photoAdded'));
                  void qc.invalidateQueries({ queryKey: ['welfare', 'home', home.id] });
                },
                (e: unknown) => {
                  onError?.(e as Error);
                  void message.error(errorText(e));
                },
              );
            }}
          >
            <Button icon={<UploadOutlined />}>{t('homes.addPhoto')}</Button>
          </Upload>
        </Space>
      )}
    </>
  );
}
