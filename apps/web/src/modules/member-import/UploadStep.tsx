import { useState } from 'react';
import { Alert, Button, Flex, Form, Typography, Upload } from 'antd';
import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { useNavigate, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { MemberImport } from '@congdoan/domain';
import { errorText } from '../../api/client';
import { UnitTreeSelect } from '../org-units/UnitTreeSelect';
import { templateUrl, uploadImport } from './member-import.api';

/** What another list of people (a welfare programme's nominations) changes in this step. */
export type UploadVariant = {
  upload: (unitId: number, file: File) => Promise<MemberImport>;
  pathOf: (id: number) => string;
  help: string;
  unitLabel: string;
};

/** Step 1: the unit and the file. The new import's id goes into the URL. */
export function UploadStep({ variant }: { variant?: UploadVariant }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  // ?unit= preselects the grassroots union (links from a unit or the member list).
  const [unitId, setUnitId] = useState<number | undefined>(Number(search.get('unit')) || undefined);
  const upload = useMutation({
    mutationFn: (file: File) => (variant?.upload ?? uploadImport)(unitId!, file),
    onSuccess: (imp) => void navigate(variant ? variant.pathOf(imp.id) : `/members/import/${imp.id}`),
  });
  return (
    <Flex vertical gap={16} style={{ maxWidth: 720 }}>
      <Typography.Paragraph>{variant?.help ?? t('memberImport.uploadHelp')}</Typography.Paragraph>
      {!variant && (
        <Button
          icon={<DownloadOutlined />}
          href={templateUrl}
          data-testid="import-template"
          style={{ width: 'fit-content' }}
        >
          {t('memberImport.template')}
        </Button>
      )}
      <Form layout="vertical">
        <Form.Item label={variant?.unitLabel ?? t('memberImport.unit')} required>
          <div data-testid="import-unit">
            <UnitTreeSelect value={unitId} onChange={setUnitId} />
          </div>
        </Form.Item>
        <Upload.Dragger
          accept=".xlsx,.csv"
          multiple={false}
          showUploadList={false}
          disabled={!unitId || upload.isPending}
          beforeUpload={(file) => {
            upload.mutate(file);
            return false;
          }}
          data-testid="import-file"
        >
          <p className="ant-upload-drag-icon">
            <InboxOutlined />
          </p>
          <p className="ant-upload-text">{unitId ? t('memberImport.drop') : t('memberImport.chooseUnitFirst')}</p>
          <p className="ant-upload-hint">{t('memberImport.dropHint')}</p>
        </Upload.Dragger>
      </Form>
      {upload.isPending && <Alert type="info" showIcon title={t('memberImport.reading')} />}
      {upload.error && <Alert type="error" showIcon title={errorText(upload.error)} data-testid="import-error" />}
    </Flex>
  );
}
