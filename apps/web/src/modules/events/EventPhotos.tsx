import { App, Button, Flex, Image, Popconfirm, Space, Upload } from 'antd';
import { DeleteOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { EventDetail } from '@congdoan/domain';
import { errorText } from '../../api/client';
import { eventKeys, removePhoto, uploadPhoto } from './events.api';

/**
 * An event's photos; holders of campaign.write add one or remove one after a confirmation. A removal
 * names the photo by its place and its key, so a list changed meanwhile is refused rather than the
 * wrong photo removed; either way the list is read again.
 */
export function EventPhotos({ event, canWrite }: { event: EventDetail; canWrite: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const refresh = () => void qc.invalidateQueries({ queryKey: eventKeys.all });
  const onError = (e: unknown) => {
    void message.error(errorText(e));
    refresh();
  };
  const add = useMutation({ mutationFn: (f: File) => uploadPhoto(event.id, f), onSuccess: refresh, onError });
  const remove = useMutation({
    mutationFn: (p: { index: number; key: string }) => removePhoto(event.id, p.index, p.key),
    onSuccess: () => {
      void message.success(t('events.photos.removed'));
      refresh();
    },
    onError,
  });
  return (
    <Space wrap align="start" data-testid="event-photos">
      <Image.PreviewGroup>
        {event.photos.map((p, i) => (
          <Flex key={p.key} vertical align="center" gap={4} data-testid="event-photo">
            <Image width={120} src={`/api/events/${event.id}/photos/${i}`} alt={p.fileName} />
            {canWrite && (
              <Popconfirm
                title={t('events.photos.confirmTitle')}
                description={t('events.photos.confirmText', { name: p.fileName })}
                okText={t('events.photos.remove')}
                okButtonProps={{ danger: true, 'data-testid': 'photo-remove-confirm' }}
                cancelText={t('common.cancel')}
                onConfirm={() =>
                  remove.mutateAsync({ index: i, key: p.key }).then(
                    () => undefined,
                    () => undefined,
                  )
                }
              >
                <Button
                  size="small"
                  danger
                  type="text"
                  icon={<DeleteOutlined />}
                  aria-label={t('events.photos.removeAria', { name: p.fileName })}
                  data-testid="photo-remove"
                >
                  {t('events.photos.remove')}
                </Button>
              </Popconfirm>
            )}
          </Flex>
        ))}
      </Image.PreviewGroup>
      {canWrite && (
        <Upload showUploadList={false} accept=".jpg,.jpeg,.png" customRequest={({ file }) => add.mutate(file as File)}>
          <Button icon={<UploadOutlined />} loading={add.isPending} data-testid="photo-add">
            {t('events.addPhoto')}
          </Button>
        </Upload>
      )}
    </Space>
  );
}
