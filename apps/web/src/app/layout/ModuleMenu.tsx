import { Menu, type MenuProps } from 'antd';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../modules/auth/current-user';
import { webModules } from '../../modules';
import { groupedEntries, selectedEntry } from '../modules/menu-entries';

/**
 * The modules this user may open, in groups (Tổ chức, Đoàn viên, Phong trào…), so that fifteen
 * modules still fit. On a wide screen each group opens a dropdown from the header; on a phone
 * (`inline`) every group is a heading with its entries under it, inside the menu drawer.
 */
export function ModuleMenu({ mode, onNavigate }: { mode: 'horizontal' | 'inline'; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const me = useCurrentUser();
  const groups = groupedEntries(webModules, me.permissions);
  const selected = selectedEntry(
    groups.flatMap((g) => g.entries),
    pathname,
  );

  const items: MenuProps['items'] = groups.map(({ group, entries }) => ({
    key: `group-${group}`,
    type: mode === 'inline' ? ('group' as const) : undefined,
    label: <span data-testid={`menu-group-${group}`}>{t(`menu.groups.${group}`)}</span>,
    children: entries.map((e) => ({
      key: e.key,
      icon: e.icon,
      label: (
        <Link to={e.to} data-testid={e.testId} onClick={onNavigate}>
          {t(e.label)}
        </Link>
      ),
    })),
  }));
  const selectedGroup = groups.find((g) => g.entries.includes(selected!))?.group;

  return (
    <Menu
      theme={mode === 'horizontal' ? 'dark' : 'light'}
      mode={mode}
      items={items}
      triggerSubMenuAction="click"
      selectedKeys={selected ? [selected.key, `group-${selectedGroup}`] : []}
      style={
        mode === 'horizontal'
          ? { flex: 1, minWidth: 0, background: 'transparent', borderBottom: 'none' }
          : { borderInlineEnd: 'none' }
      }
    />
  );
}
