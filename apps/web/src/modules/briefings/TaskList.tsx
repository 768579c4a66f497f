import { useState } from 'react';
import { App, Button, Input, List, Modal, Space, Tag, Typography } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDateVN, type TaskRow } from '@congdoan/domain';
import { errorText } from '../../api/client';
import { briefingKeys, progressTask } from './briefings.api';

const colours = { new: 'blue', in_progress: 'gold', done: 'green', overdue: 'red' } as const;

/** Tasks with their state, and the owner's buttons: start, and done with evidence. */
export function TaskList({ tasks, testId }: { tasks: TaskRow[]; testId: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [finishing, setFinishing] = useState<TaskRow | null>(null);
  const [evidence, setEvidence] = useState('');
  const progress = useMutation({
    mutationFn: (a: { id: number; status: 'in_progress' | 'done'; evidence?: string }) =>
      progressTask(a.id, a.status, a.evidence),
    onSuccess: async () => {
      setFinishing(null);
      setEvidence('');
      await client.invalidateQueries({ queryKey: briefingKeys.all });
      void message.success(t('briefings.taskSaved'));
    },
    onError: (e) => void message.error(errorText(e)),
  });
  return (
    <>
      <List
        size="small"
        dataSource={tasks}
        data-testid={testId}
        locale={{ emptyText: t('briefings.noTasks') }}
        renderItem={(task) => (
          <List.Item key={task.id} data-testid={`task-${task.id}`}>
            <Space direction="vertical" size={2} style={{ width: '100%' }}>
              <Space wrap>
                <strong>{task.title}</strong>
                <Tag color={colours[task.status]} data-testid={`task-status-${task.id}`}>
                  {t(`briefings.taskStatus.${task.status}`)}
                </Tag>
              </Space>
              <Typography.Text type="secondary">
                {task.unitName}
                {task.ownerName ? ` · ${task.ownerName}` : ''} · {t('briefings.deadline')}:{' '}
                {formatDateVN(task.deadline)}
                {task.briefingId && (
                  <>
                    {' · '}
                    <Link to={`/briefings/${task.briefingId}`}>{task.briefingTitle}</Link>
                  </>
                )}
              </Typography.Text>
              {task.evidence && (
                <Typography.Text>
                  {t('briefings.evidence')}: {task.evidence}
                </Typography.Text>
              )}
              {task.canUpdate && task.status !== 'done' && (
                <Space wrap>
                  {task.status !== 'in_progress' && (
                    <Button size="small" onClick={() => progress.mutate({ id: task.id, status: 'in_progress' })}>
                      {t('briefings.start')}
                    </Button>
                  )}
                  <Button
                    size="small"
                    type="primary"
                    onClick={() => setFinishing(task)}
                    data-testid={`task-done-${task.id}`}
                  >
                    {t('briefings.markDone')}
                  </Button>
                </Space>
              )}
            </Space>
          </List.Item>
        )}
      />
      <Modal
        open={finishing !== null}
        title={finishing?.title}
        onCancel={() => setFinishing(null)}
        onOk={() => finishing && progress.mutate({ id: finishing.id, status: 'done', evidence })}
        okText={t('briefings.markDone')}
        confirmLoading={progress.isPending}
        okButtonProps={{ 'data-testid': 'task-done-ok' }}
      >
        <Input.TextArea
          autoSize={{ minRows: 3 }}
          value={evidence}
          onChange={(e) => setEvidence(e.target.value)}
          placeholder={t('briefings.evidencePlaceholder')}
          aria-label={t('briefings.evidence')}
          data-testid="task-evidence"
        />
      </Modal>
    </>
  );
}
