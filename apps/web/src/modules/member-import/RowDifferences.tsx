import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDateVN, importFieldName, type ImportDifference } from '@congdoan/domain';
import { currentLanguage } from '../../app/i18n';

const show = (field: string, v: string) => (field === 'birthDate' ? formatDateVN(v) : v);

/** Registry value against file value, field by field, for one matched row (the preview's expanded row). */
export function RowDifferences({ items }: { items: ImportDifference[] }) {
  const { t } = useTranslation();
  return (
    <Table<ImportDifference>
      size="small"
      rowKey="field"
      pagination={false}
      dataSource={items}
      scroll={{ x: true }}
      columns={[
        { title: t('memberImport.diff.field'), render: (_, d) => importFieldName(d.field, currentLanguage()) },
        {
          title: t('memberImport.diff.registry'),
          render: (_, d) =>
            d.registry === null ? (
              <Typography.Text type="secondary">{t('memberImport.diff.empty')}</Typography.Text>
            ) : (
              show(d.field, d.registry)
            ),
        },
        {
          title: t('memberImport.diff.file'),
          render: (_, d) => <Typography.Text strong>{show(d.field, d.file)}</Typography.Text>,
        },
      ]}
    />
  );
}
