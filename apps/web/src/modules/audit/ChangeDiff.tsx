import { Collapse, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '@congdoan/domain';
import { JsonBlock } from '../../ui/JsonBlock';
import { TagList } from '../../ui/TagList';
import { fieldLabel, formatValue, isShownField, shownFields } from './field-format';

interface FieldRow {
  field: string;
  before: unknown;
  after: unknown;
}

/** The changed fields in words: "Ngày kết nạp: từ 01/01/2020 thành 15/08/2023". */
export function ChangeDiff({ entry }: { entry: AuditEntry }) {
  const { t } = useTranslation();
  const rows: FieldRow[] = entry.changedFields
    .filter(isShownField)
    .map((field) => ({ field, before: entry.before?.[field], after: entry.after?.[field] }));
  const value = (row: FieldRow, side: 'before' | 'after') => formatValue(t, row.field, row[side], entry.unitNames);
  return (
    <>
      {rows.length > 0 && (
        <Table<FieldRow>
          rowKey="field"
          size="small"
          pagination={false}
          dataSource={rows}
          data-testid="change-diff"
          scroll={{ x: true }}
          columns={[
            {
              key: 'field',
              title: t('audit.fields.changedFields'),
              width: 200,
              render: (_, r) => fieldLabel(t, r.field),
            },
            {
              key: 'before',
              title: t('audit.before'),
              render: (_, r) => <Typography.Text type="secondary">{value(r, 'before')}</Typography.Text>,
            },
            { key: 'after', title: t('audit.after'), render: (_, r) => value(r, 'after') },
          ]}
        />
      )}
      {/* The stored record as it is, for auditors who need every technical column. */}
      <Collapse
        size="small"
        ghost
        items={[
          {
            key: 'raw',
            label: t('audit.rawData'),
            children: (
              <>
                <Typography.Text strong>{t('audit.before')}</Typography.Text>
                <JsonBlock value={entry.before} />
                <Typography.Text strong>{t('audit.after')}</Typography.Text>
                <JsonBlock value={entry.after} />
              </>
            ),
          },
        ]}
      />
    </>
  );
}

/** The names of the changed fields an official cares about, as tags. */
export function ChangedFieldTags({ entry, max }: { entry: AuditEntry; max?: number }) {
  const { t } = useTranslation();
  return <TagList values={shownFields(t, entry.changedFields)} max={max} empty={t('common.none')} />;
}
