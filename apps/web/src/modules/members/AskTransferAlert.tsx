import { Alert, Button } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../api/client';
import { createTransferRequest } from './transfer-requests.api';

/**
 * After MEMBER_ELSEWHERE at admission: send the holding union a transfer request for this CCCD. The answer
 * never says which union holds the person; the request's status shows under "Chuyển sinh hoạt".
 */
export function AskTransferAlert({ cccd, toUnitId, name }: { cccd: string; toUnitId: number; name: string }) {
  const { t } = useTranslation();
  const ask = useMutation({ mutationFn: () => createTransferRequest({ cccd, toUnitId, requestedName: name }) });
  if (ask.isSuccess) {
    return <Alert type="success" showIcon title={t('members.requests.sent')} style={{ marginBottom: 16 }} />;
  }
  return (
    <Alert
      type="info"
      showIcon
      style={{ marginBottom: 16 }}
      title={ask.isError ? errorText(ask.error) : t('members.requests.askHint')}
      action={
        <Button
          size="small"
          type="primary"
          loading={ask.isPending}
          onClick={() => ask.mutate()}
          data-testid="ask-transfer"
        >
          {t('members.requests.ask')}
        </Button>
      }
    />
  );
}
