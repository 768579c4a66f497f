import { useState } from 'react';
import { App, Button, List, Popconfirm, Space, Typography, Upload } from 'antd';
import { DeleteOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDateTimeVN, type NominationRow } from '@congdoan/domain';
import { errorText } from '../../api/client';
import { attachNominationFile, fetchNominationFiles, nominationFileUrl, removeNominationFile } from './welfare.api';

/**
 * Documents and photos of one nomination (shown to those who may see personal data). The nominating unit adds
 * or removes them while the nomination is a draft or returned; afterwards they are what the reviewers see.
 */
export function NominationFiles({ nomination, canWrite }: { nomination: NominationRow; canWrite: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const key = ['welfare', 'files', nomination.id];
  // Fetched when opened: a list of hundreds of nominations does not ask for hundreds of file lists.
  const [open, setOpen] = useState(false);
  const files = useQuery({ queryKey: key, queryFn: () => fetchNominationFiles(nomination.id), enabled: open });
  const editable = canWrite && (nomination.status === 'draft' || nomination.status === 'returned');
  const done = () => void qc.invalidateQueries({ queryKey: key });
  const attach = useMutation({
    mutationFn: (file: File) => attachNominationFile(nomination.id, file),
    onSuccess: done,
    onError: (e) => void message.error(errorText(e)),
  });
  const remove = useMutation({
    mutationFn: (fileId: number) => removeNominationFile(nomination.id, fileId),
    onSuccess: done,
    onError: (e) => void message.error(errorText(e)),
  });
  const items = files.data?.items ?? [];
  if (!open) {
    return (
      <Button
        size="small"
        type="link"
        icon={<PaperClipOutlined />}
        onClick={() => setOpen(true)}
        style={{ padding: 0, width: 'fit-content' }}
        data-testid={`files-open-${nomination.id}`}
      >
        {t('welfare.files.title')}
      </Button>
    );
  }
  return (
    <Space direction="vertical" size={4} style={{ width: '100%' }} data-testid={`files-${nomination.id}`}>
      {files.isSuccess && items.length === 0 && (
        <Typography.Text type="secondary">{t('welfare.files.none')}</Typography.Text>
      )}
      {items.length > 0 && (
        <List
          size="small"
          dataSource={items}
          renderItem={(f) => (
            <List.Item
              actions={
                editable
                  ? [
                      <Popconfirm
                        key="remove"
                        title={t('welfare.files.removeConfirm')}
                        onConfirm={() => remove.mutate(f.id)}
                      >
                        <Button size="small" icon={<DeleteOutlined />} aria-label={t('welfare.files.remove')} />
                      </Popconfirm>,
                    ]
                  : []
              }
            >
              <Space wrap size={4}>
                <PaperClipOutlined />
                <Typography.Link href={nominationFileUrl(nomination.id, f.id)}>{f.fileName}</Typography.Link>
                <Typography.Text type="secondary">
                  {Math.max(1, Math.round(f.sizeBytes / 1024))} KB · {formatDateTimeVN(f.createdAt)}
                </Typography.Text>
              </Space>
            </List.Item>
          )}
        />
      )}
      {editable && (
        <Upload
          accept=".pdf,.jpg,.jpeg,.png,.docx"
          showUploadList={false}
          beforeUpload={(file) => {
            attach.mutate(file);
            return false;
          }}
        >
          <Button size="small" icon={<UploadOutlined />} loading={attach.isPending}>
            {t('welfare.files.add')}
          </Button>
        </Upload>
      )}
    </Space>
  );
}
