import { useEffect, useState } from 'react';
import { Button, Card, Flex, Typography } from 'antd';
import { FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { cardQrDataUrl } from './card-qr';
import { showDate } from './dates';
import { fetchCard, memberKeys } from './members.api';

// Printing the page prints the card alone, at its own size.
const printOnlyCard = `@media print {
  body * { visibility: hidden; }
  .member-card-print, .member-card-print * { visibility: visible; }
  .member-card-print { position: absolute; left: 0; top: 0; }
}`;

/** Thẻ đoàn viên, printable; the QR holds only the signed verification URL. */
export function MemberCard({ personId }: { personId: number }) {
  const { t } = useTranslation();
  const card = useQuery({ queryKey: memberKeys.card(personId), queryFn: () => fetchCard(personId) });
  const [qr, setQr] = useState<string | null>(null);
  const url = card.data?.verifyUrl;
  useEffect(() => {
    if (!url) return;
    cardQrDataUrl(url).then(setQr, () => setQr(null));
  }, [url]);
  if (!card.data) return null;
  const c = card.data;
  return (
    <Card
      size="small"
      title={t('members.card.title')}
      extra={
        <Flex gap={8} wrap>
          <Button
            size="small"
            icon={<FilePdfOutlined />}
            href={`/api/members/${personId}/card.pdf`}
            data-testid="card-pdf"
          >
            {t('members.card.pdf')}
          </Button>
          <Button size="small" icon={<PrinterOutlined />} onClick={() => window.print()}>
            {t('members.card.print')}
          </Button>
        </Flex>
      }
    >
      <style>{printOnlyCard}</style>
      <div className="member-card-print" data-testid="member-card">
        <Flex
          gap={12}
          style={{ border: '2px solid #c8102e', borderRadius: 12, padding: 12, maxWidth: 420, background: '#fffdf7' }}
        >
          <Flex vertical style={{ flex: 1 }} gap={2}>
            <Typography.Text strong style={{ color: '#c8102e', fontSize: 12 }}>
              {t('members.card.header')}
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 11 }}>
              {c.federationName}
            </Typography.Text>
            <Typography.Text strong style={{ fontSize: 16, marginTop: 6 }}>
              {c.fullName.toLocaleUpperCase('vi')}
            </Typography.Text>
            <Typography.Text style={{ fontSize: 12 }}>
              {t('members.fields.birthDate')}: {showDate(c.birthDate)}
            </Typography.Text>
            <Typography.Text style={{ fontSize: 12 }}>{c.unitName}</Typography.Text>
            <Typography.Text style={{ fontSize: 12 }}>
              {t('members.fields.cardNumber')}: <b data-testid="card-number">{c.cardNumber}</b>
            </Typography.Text>
            <Typography.Text type="secondary" style={{ fontSize: 11 }}>
              {t('members.card.issuedOn')}: {showDate(c.issuedOn)}
            </Typography.Text>
          </Flex>
          {qr && <img src={qr} alt={t('members.card.qrAlt')} width={120} height={120} data-testid="card-qr" />}
        </Flex>
      </div>
    </Card>
  );
}
