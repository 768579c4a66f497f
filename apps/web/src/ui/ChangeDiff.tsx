import { Col, Row, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { JsonBlock } from './JsonBlock';

interface Props {
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  changedFields: string[];
}

interface FieldRow {
  field: string;
  before: unknown;
  after: unknown;
}

function show(value: unknown): string {
  if (value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** One audited change: the changed fields old → new, then the whole before and after. */
export function ChangeDiff({ before, after, changedFields }: Props) {
  const { t } = useTranslation();
  const rows: FieldRow[] = changedFields.map((field) => ({ field, before: before?.[field], after: after?.[field] }));
  return (
    <Row gutter={[16, 12]}>
      {rows.length > 0 && (
        <Col span={24}>
          <Table<FieldRow>
            rowKey="field"
            size="small"
            pagination={false}
            dataSource={rows}
            columns={[
              {
                key: 'field',
                title: t('audit.fields.changedFields'),
                width: 220,
                render: (_, row) => <Typography.Text code>{row.field}</Typography.Text>,
              },
              {
                key: 'before',
                title: t('audit.before'),
                render: (_, row) => <Typography.Text type="secondary">{show(row.before)}</Typography.Text>,
              },
              { key: 'after', title: t('audit.after'), render: (_, row) => show(row.after) },
            ]}
          />
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
