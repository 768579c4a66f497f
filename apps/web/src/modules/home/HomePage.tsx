import { Alert, Card, Col, Empty, Row, Space, Statistic, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { api, errorText } from '../../api/client';
import { useCurrentUser } from '../auth/current-user';
import { briefingKeys, fetchTasks } from '../briefings/briefings.api';
import { TaskList } from '../briefings/TaskList';
import { fetchRoots, orgKeys } from '../org-units/org-units.api';

type HomeEntry = { key: string; count: number; link: string; tone: 'urgent' | 'todo' };

/**
 * After login, an official sees what waits for them: each module's lines (tasks, reports, transfers,
 * petitions…, from GET /api/home), their open tasks, and the way into the organisation tree.
 */
export function HomePage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const home = useQuery({ queryKey: ['home'], queryFn: () => api.get<{ items: HomeEntry[] }>('/api/home') });
  const tasks = useQuery({ queryKey: briefingKeys.tasks(), queryFn: () => fetchTasks() });
  const roots = useQuery({ queryKey: orgKeys.roots, queryFn: fetchRoots, staleTime: 5 * 60_000 });
  const open = (tasks.data?.items ?? []).filter((x) => x.status !== 'done').slice(0, 5);
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={3} style={{ marginTop: 0 }}>
          {t('home.title', { name: me.displayName })}
        </Typography.Title>
        {home.isError && <Alert type="error" showIcon message={errorText(home.error)} />}
        {home.data && home.data.items.length === 0 && <Empty description={t('home.nothing')} />}
        <Row gutter={[12, 12]} data-testid="home-entries">
          {(home.data?.items ?? []).map((e) => (
            <Col key={e.key} xs={24} sm={12} lg={8}>
              <Link to={e.link} data-testid={`home-${e.key}`}>
                <Card size="small" hoverable style={{ borderColor: e.tone === 'urgent' ? '#ff4d4f' : undefined }}>
                  <Statistic
                    value={e.count}
                    valueStyle={{ color: e.tone === 'urgent' ? '#cf1322' : undefined }}
                    suffix={<span style={{ fontSize: 14 }}>{t(e.key, { count: e.count }).replace(/^\d+\s*/, '')}</span>}
                  />
                </Card>
              </Link>
            </Col>
          ))}
        </Row>
      </Card>
      <Card title={t('home.tasks')} extra={<Link to="/tasks">{t('home.allTasks')}</Link>} loading={tasks.isLoading}>
        <TaskList tasks={open} testId="home-tasks" />
      </Card>
      {roots.data?.[0] && (
        <Link to={`/units/${roots.data[0].id}`} data-testid="home-tree">
          {t('home.tree', { name: roots.data[0].name })}
        </Link>
      )}
    </Space>
  );
}
