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

type Item = NonNullable<MenuProps['items']>[number];

/** The modules that exist, each shown only to people allowed to use it. */
export function ModuleMenu() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const me = useCurrentUser();
  const can = (permission: string) => me.permissions.includes(permission);

  const items: Item[] = [
    {
      key: 'units',
      icon: <ApartmentOutlined />,
      label: (
        <Link to="/" data-testid="menu-units">
          {t('menu.orgUnits')}
        </Link>
      ),
    },
  ];
  if (can(Permission.MemberRead)) {
    items.push({
      key: 'members',
      icon: <IdcardOutlined />,
      label: (
        <Link to="/members" data-testid="menu-members">
          {t('menu.members')}
        </Link>
      ),
    });
  }
  if (can(Permission.MemberWrite)) {
    items.push({
      key: 'import',
      icon: <ImportOutlined />,
      label: (
        <Link to="/members/import" data-testid="menu-member-import">
          {t('memberImport.menu')}
        </Link>
      ),
    });
  }
  if (can(Permission.OrgWrite)) {
    items.push({
      key: 'reorganizations',
      icon: <NodeIndexOutlined />,
      label: (
        <Link to="/reorganizations/bulk" data-testid="menu-bulk">
          {t('menu.bulk')}
        </Link>
      ),
    });
  }
  if (can(Permission.CampaignRead)) {
    items.push(
      {
        key: 'campaigns',
        icon: <FlagOutlined />,
        label: (
          <Link to="/campaigns" data-testid="menu-campaigns">
            {t('campaigns.menu')}
          </Link>
        ),
      },
      {
        key: 'events',
        icon: <CalendarOutlined />,
        label: (
          <Link to="/events" data-testid="menu-events">
            {t('events.menu')}
          </Link>
        ),
      },
    );
  }
  if (can(Permission.UserManage)) {
    items.push({
      key: 'users',
      icon: <TeamOutlined />,
      label: (
        <Link to="/users" data-testid="menu-users">
          {t('menu.users')}
        </Link>
      ),
    });
  }
  if (can(Permission.PetitionRead)) {
    items.push({
      key: 'petitions',
      icon: <MessageOutlined />,
      label: (
        <Link to="/petitions" data-testid="menu-petitions">
          {t('petitions.menu')}
        </Link>
      ),
    });
  }
  if (can(Permission.AuditRead)) {
    items.push({
      key: 'audit',
      icon: <AuditOutlined />,
      label: (
        <Link to="/audit" data-testid="menu-audit">
          {t('menu.audit')}
        </Link>
      ),
    });
  }

  const section = pathname.split('/')[1] ?? '';
  const petitionSections = ['petitions', 'petition-calls', 'dialogues', 'petition-reports'];
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
