import { Card, Flex, Result, Spin } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { verifyCard } from './members.api';

/** Public page behind the card's QR code: name, unit and validity, nothing more. */
export function VerifyCardPage() {
  const { t } = useTranslation();
  const [sp] = useSearchParams();
  const so = sp.get('so') ?? '';
  const ky = sp.get('ky') ?? '';
  const check = useQuery({
    queryKey: ['card-verify', so, ky],
    queryFn: () => verifyCard(so, ky),
    enabled: !!so && !!ky,
  });
  return (
    <Flex justify="center" align="center" style={{ minHeight: '100vh', padding: 16 }}>
      <Card style={{ maxWidth: 480, width: '100%' }} data-testid="verify-card">
        {check.isPending && so ? (
          <Spin />
        ) : check.data?.valid ? (
          <Result
            status="success"
            title={t('members.verify.valid')}
            subTitle={`${check.data.fullName} — ${check.data.unitName}`}
          />
        ) : (
          <Result
            status="warning"
            title={t('members.verify.invalid')}
            subTitle={
              check.data?.fullName ? `${check.data.fullName} — ${check.data.unitName}` : t('members.verify.unknown')
            }
          />
        )}
      </Card>
    </Flex>
  );
}
