import type { ReactNode } from 'react';
import { Menu, type MenuProps } from 'antd';
import {
  ApartmentOutlined,
  AuditOutlined,
  CalendarOutlined,
  FlagOutlined,
  IdcardOutlined,
  ImportOutlined,
  MessageOutlined,
  NodeIndexOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { Link, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Permission } from '@congdoan/domain';
import { useCurrentUser } from '../../modules/auth/current-user';

type Entry = { key: string; icon: ReactNode; to: string; testId: string; label: string; permission?: string };

// In menu order. Campaigns and events come last, so the horizontal menu folds them into its
// overflow before the older modules.
const entries: Entry[] = [
  { key: 'units', icon: <ApartmentOutlined />, to: '/', testId: 'menu-units', label: 'menu.orgUnits' },
  {
    key: 'members',
    icon: <IdcardOutlined />,
    to: '/members',
    testId: 'menu-members',
    label: 'menu.members',
    permission: Permission.MemberRead,
  },
  {
    key: 'import',
    icon: <ImportOutlined />,
    to: '/members/import',
    testId: 'menu-member-import',
    label: 'memberImport.menu',
    permission: Permission.MemberWrite,
  },
  {
    key: 'reorganizations',
    icon: <NodeIndexOutlined />,
    to: '/reorganizations/bulk',
    testId: 'menu-bulk',
    label: 'menu.bulk',
    permission: Permission.OrgWrite,
  },
  {
    key: 'users',
    icon: <TeamOutlined />,
    to: '/users',
    testId: 'menu-users',
    label: 'menu.users',
    permission: Permission.UserManage,
  },
  {
    key: 'petitions',
    icon: <MessageOutlined />,
    to: '/petitions',
    testId: 'menu-petitions',
    label: 'petitions.menu',
    permission: Permission.PetitionRead,
  },
  {
    key: 'audit',
    icon: <AuditOutlined />,
    to: '/audit',
    testId: 'menu-audit',
    label: 'menu.audit',
    permission: Permission.AuditRead,
  },
  {
    key: 'campaigns',
    icon: <FlagOutlined />,
    to: '/campaigns',
    testId: 'menu-campaigns',
    label: 'campaigns.menu',
    permission: Permission.CampaignRead,
  },
  {
    key: 'events',
    icon: <CalendarOutlined />,
    to: '/events',
    testId: 'menu-events',
    label: 'events.menu',
    permission: Permission.CampaignRead,
  },
];

/** The modules that exist, each shown only to people allowed to use it. */
export function ModuleMenu() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const me = useCurrentUser();
  const items: MenuProps['items'] = entries
    .filter((e) => !e.permission || me.permissions.includes(e.permission))
    .map((e) => ({
      key: e.key,
      icon: e.icon,
      label: (
        <Link to={e.to} data-testid={e.testId}>
          {t(e.label)}
        </Link>
      ),
    }));

  const section = pathname.split('/')[1] ?? '';
  const petitionSections = ['petitions', 'petition-calls', 'dialogues', 'petition-reports', 'draft-laws'];
  const own = ['users', 'audit', 'reorganizations', 'members', 'campaigns', 'events'];
  const selected = petitionSections.includes(section)
    ? 'petitions'
    : pathname.startsWith('/members/import')
      ? 'import'
      : own.includes(section)
        ? section
        : section === 'units' || !section
          ? 'units'
          : '';

  return (
    <Menu
      theme="dark"
      mode="horizontal"
      items={items}
      selectedKeys={selected ? [selected] : []}
      style={{ flex: 1, minWidth: 0, background: 'transparent', borderBottom: 'none' }}
    />
  );
}
