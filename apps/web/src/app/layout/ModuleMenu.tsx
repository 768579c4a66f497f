import { Menu, type MenuProps } from 'antd';
import { ApartmentOutlined, AuditOutlined, MessageOutlined, TeamOutlined } from '@ant-design/icons';
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
  const petitionSections = ['petitions', 'petition-calls', 'dialogues', 'petition-reports', 'draft-laws'];
  const selected = petitionSections.includes(section)
    ? 'petitions'
    : section === 'users' || section === 'audit'
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
