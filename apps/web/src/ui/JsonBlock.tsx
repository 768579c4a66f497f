import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** A JSON object, pretty-printed and scrollable; "—" when there is none. */
export function JsonBlock({ value }: { value: Record<string, unknown> | null }) {
  const { t } = useTranslation();
  if (value === null) {
    return (
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('common.none')}
      </Typography.Paragraph>
    );
  }
  return <pre className="cds-json">{JSON.stringify(value, null, 2)}</pre>;
}
