import { Suspense, useState } from 'react';
import { Button, Drawer, Flex, Grid, Layout, Typography } from 'antd';
import { ApartmentOutlined, MenuOutlined } from '@ant-design/icons';
import { Link, Outlet, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { OrgTree } from '../../modules/org-units/OrgTree';
import { FullPageSpinner } from '../../ui/FullPageSpinner';
import { ProductMark } from '../../ui/ProductMark';
import { ModuleMenu } from './ModuleMenu';
import { NotificationBell } from '../../modules/petitions/NotificationBell';
import { UserMenu } from './UserMenu';

export function AppLayout() {
  const { t } = useTranslation();
  // Below `lg` (phones, small tablets) the grouped menu moves into a drawer and the header keeps
  // only what fits in 390 px. `=== false`: before the first measurement, assume a desktop.
  const phone = Grid.useBreakpoint().lg === false;
  const [menuOpen, setMenuOpen] = useState(false);
  // The tree drawer stays open only on the page it was opened from: picking a unit navigates,
  // and the drawer gets out of the way.
  const { pathname } = useLocation();
  const [treeOpenOn, setTreeOpenOn] = useState<string | null>(null);
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header
        style={{
          display: 'flex',
          alignItems: 'center',
          gap: phone ? 8 : 16,
          padding: phone ? '0 8px' : undefined,
          position: 'sticky',
          top: 0,
          zIndex: 10,
        }}
      >
        {phone && (
          <Button
            type="text"
            aria-label={t('menu.open')}
            data-testid="menu-open"
            icon={<MenuOutlined style={{ color: '#fff', fontSize: 20 }} />}
            onClick={() => setMenuOpen(true)}
          />
        )}
        <Link to="/" style={{ display: 'flex', alignItems: 'center', gap: 8, flex: phone ? 1 : 'none', minWidth: 0 }}>
          <ProductMark />
          <Typography.Text strong style={{ color: '#fff', fontSize: 17, whiteSpace: 'nowrap' }} ellipsis>
            {t('app.name')}
          </Typography.Text>
        </Link>
        {!phone && <ModuleMenu mode="horizontal" />}
        <NotificationBell />
        <UserMenu compact={phone} />
      </Layout.Header>
      {phone && (
        <Drawer
          placement="left"
          open={menuOpen}
          onClose={() => setMenuOpen(false)}
          title={t('menu.title')}
          size={300}
          styles={{ body: { padding: 0 } }}
          data-testid="menu-drawer"
        >
          <ModuleMenu mode="inline" onNavigate={() => setMenuOpen(false)} />
        </Drawer>
      )}
      {phone && (
        <Drawer
          placement="left"
          open={treeOpenOn === pathname}
          onClose={() => setTreeOpenOn(null)}
          title={t('orgUnits.treeTitle')}
          size={340}
          data-testid="tree-drawer"
        >
          <OrgTree />
        </Drawer>
      )}
      <Layout>
        {/* On a phone the tree lives in a drawer behind a labelled button, not a 0 px Sider. */}
        {!phone && (
          <Layout.Sider
            width={320}
            style={{ borderRight: '1px solid #f0f0f0', position: 'sticky', top: 64, height: 'calc(100vh - 64px)' }}
          >
            <Flex vertical style={{ height: '100%' }}>
              <Typography.Text type="secondary" strong style={{ padding: '12px 16px 4px' }}>
                {t('orgUnits.treeTitle')}
              </Typography.Text>
              <div style={{ flex: 1, minHeight: 0, overflow: 'auto', padding: '0 8px 16px' }}>
                <OrgTree />
              </div>
            </Flex>
          </Layout.Sider>
        )}
        <Layout.Content style={{ padding: phone ? 12 : 24, minWidth: 0 }}>
          {phone && (
            <Button
              icon={<ApartmentOutlined />}
              onClick={() => setTreeOpenOn(pathname)}
              data-testid="tree-open"
              style={{ marginBottom: 12 }}
            >
              {t('orgUnits.treeTitle')}
            </Button>
          )}
          <Suspense fallback={<FullPageSpinner />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
