import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { importIssueMessage, type ImportIssue, type ImportRow } from '@congdoan/domain';

/** A row's errors or warnings as tags, in the user's language. */
export function Issues({ items, color }: { items: ImportIssue[]; color: string }) {
  const { i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  return items.map((issue, k) => (
    <Tag key={k} color={color} style={{ whiteSpace: 'normal', marginBottom: 2 }}>
      {importIssueMessage(issue, lang)}
    </Tag>
  ));
}

/** The column of a row's errors (red) and warnings (orange). */
export const issuesColumn = (title: string) => ({
  title,
  render: (_: unknown, row: ImportRow) => (
    <>
      <Issues items={row.errors} color="red" />
      <Issues items={row.warnings} color="orange" />
    </>
  ),
});
