import { List, Tag } from 'antd';
import type { ReorgChange } from '@congdoan/domain';
import { useTranslation } from 'react-i18next';

/** One line per change of a reorganisation, in Vietnamese. */
export function ChangeList({ changes }: { changes: ReorgChange[] }) {
  const { t } = useTranslation();
  return (
    <List
      size="small"
      bordered
      dataSource={changes}
      data-testid="change-list"
      renderItem={(c) => (
        <List.Item>
          <Tag>{t(`orgTree.changeTypes.${c.type}`)}</Tag>
          {t(`orgTree.change.${c.type}`, {
            code: c.code,
            name: c.name,
            from: c.fromParentName ?? '',
            to: c.toParentName ?? '—',
          })}
        </List.Item>
      )}
    />
  );
}
