import { Avatar, Button, Dropdown, Flex, Typography, type MenuProps } from 'antd';
import { CalendarOutlined, CheckOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Permission } from '@congdoan/domain';
import { useCurrentUser } from '../../modules/auth/current-user';
import { useLogout } from '../../modules/auth/use-logout';
import { currentLanguage, setLanguage, type Language } from '../i18n';

/** The signed-in user's menu; `compact` (phones) shows only the avatar, the name moves into the list. */
export function UserMenu({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const logout = useLogout();
  const language = currentLanguage();
  const first = me.roles[0];
  const roleLine = first ? `${t(`roles.${first.role}`)} — ${first.unitName}` : t('roles.none');

  const languageItem = (lng: Language) => ({
    key: `lang-${lng}`,
    icon: lng === language ? <CheckOutlined /> : <span style={{ display: 'inline-block', width: 14 }} />,
    label: <span data-testid={`lang-${lng}`}>{t(`lang.${lng}`)}</span>,
    onClick: () => void setLanguage(lng),
  });

  const items: MenuProps['items'] = [
    ...(compact
      ? [{ key: 'who', disabled: true, label: `${me.displayName} — ${roleLine}` }, { type: 'divider' as const }]
      : []),
    ...(me.roles.length > 1
      ? [
          {
            key: 'roles',
            type: 'group' as const,
            label: t('userMenu.roles'),
            children: me.roles.map((grant) => ({
              key: `role-${grant.id}`,
              disabled: true,
              label: `${t(`roles.${grant.role}`)} — ${grant.unitName}`,
            })),
          },
          { type: 'divider' as const },
        ]
      : []),
    {
      key: 'password',
      icon: <KeyOutlined />,
      label: <span data-testid="change-password">{t('userMenu.changePassword')}</span>,
      onClick: () => void navigate('/account/password'),
    },
    ...(me.permissions.includes(Permission.CampaignRead)
      ? [
          {
            key: 'calendar',
            icon: <CalendarOutlined />,
            label: <span data-testid="my-calendar">{t('userMenu.calendar')}</span>,
            onClick: () => void navigate('/account/calendar'),
          },
        ]
      : []),
    { type: 'divider' },
    {
      key: 'language',
      type: 'group',
      label: t('lang.label'),
      children: [languageItem('vi'), languageItem('en')],
    },
    { type: 'divider' },
    {
      key: 'logout',
      icon: <LogoutOutlined />,
      danger: true,
      label: <span data-testid="logout">{t('auth.logout')}</span>,
      onClick: () => logout.mutate(),
    },
  ];

  return (
    <Dropdown menu={{ items }} trigger={['click']} placement="bottomRight">
      <Button type="text" data-testid="user-menu" style={{ height: 'auto', padding: '4px 8px', flex: 'none' }}>
        <Flex align="center" gap={8}>
          <Avatar size="small" icon={<UserOutlined />} style={{ background: '#1677ff' }} />
          {!compact && (
            <Flex vertical align="flex-start" style={{ lineHeight: 1.3, maxWidth: 320 }}>
              <Typography.Text strong style={{ color: '#fff' }} ellipsis>
                {me.displayName}
              </Typography.Text>
              <Typography.Text style={{ color: 'rgba(255,255,255,0.75)', fontSize: 12 }} ellipsis>
                {roleLine}
              </Typography.Text>
            </Flex>
          )}
        </Flex>
      </Button>
    </Dropdown>
  );
}
