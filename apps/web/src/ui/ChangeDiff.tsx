import { Col, Row, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { JsonBlock } from './JsonBlock';

interface Props {
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  changedFields: string[];
}

/** Before and after of one audited change, side by side. */
export function ChangeDiff({ before, after, changedFields }: Props) {
  const { t } = useTranslation();
  return (
    <Row gutter={16}>
      {changedFields.length > 0 && (
        <Col span={24} style={{ marginBottom: 8 }}>
          <Typography.Text type="secondary">{t('audit.fields.changedFields')}: </Typography.Text>
          <Typography.Text code>{changedFields.join(', ')}</Typography.Text>
        </Col>
      )}
      <Col xs={24} md={12}>
        <Typography.Text strong>{t('audit.before')}</Typography.Text>
        <JsonBlock value={before} />
      </Col>
      <Col xs={24} md={12}>
        <Typography.Text strong>{t('audit.after')}</Typography.Text>
        <JsonBlock value={after} />
      </Col>
    </Row>
  );
}
