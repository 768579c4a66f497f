import { Suspense } from 'react';
import { Flex, Layout, Typography } from 'antd';
import { Link, Outlet } from 'react-router';
import { useTranslation } from 'react-i18next';
import { OrgTree } from '../../modules/org-units/OrgTree';
import { FullPageSpinner } from '../../ui/FullPageSpinner';
import { ProductMark } from '../../ui/ProductMark';
import { ModuleMenu } from './ModuleMenu';
import { NotificationBell } from '../../modules/petitions/NotificationBell';
import { UserMenu } from './UserMenu';

export function AppLayout() {
  const { t } = useTranslation();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Header style={{ display: 'flex', alignItems: 'center', gap: 16, position: 'sticky', top: 0, zIndex: 10 }}>
        <Link to="/" style={{ display: 'flex', alignItems: 'center', gap: 8, flex: 'none' }}>
          <ProductMark />
          <Typography.Text strong style={{ color: '#fff', fontSize: 17, whiteSpace: 'nowrap' }}>
            {t('app.name')}
          </Typography.Text>
        </Link>
        <ModuleMenu />
        <NotificationBell />
        <UserMenu />
      </Layout.Header>
      <Layout>
        <Layout.Sider
          width={320}
          breakpoint="lg"
          collapsedWidth={0}
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
        <Layout.Content style={{ padding: 24, minWidth: 0 }}>
          <Suspense fallback={<FullPageSpinner />}>
            <Outlet />
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
