import { Card, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { briefingKeys, fetchTasks } from './briefings.api';
import { TaskList } from './TaskList';

/** "Việc của tôi": tasks naming the official or owned by their units, overdue and nearest first. */
export function MyTasksPage() {
  const { t } = useTranslation();
  const tasks = useQuery({ queryKey: briefingKeys.tasks(), queryFn: () => fetchTasks() });
  return (
    <Card loading={tasks.isLoading}>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        {t('briefings.myTasks')}
      </Typography.Title>
      <TaskList tasks={tasks.data?.items ?? []} testId="my-tasks" />
    </Card>
  );
}
