import { useState } from 'react';
import { Alert, App, Button, Card, Flex, Form, InputNumber, Progress, Table, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Permission } from '@congdoan/domain';
import { errorText } from '../../api/client';
import { useCurrentUser } from '../auth/current-user';
import { UnitTreeSelect } from '../org-units/UnitTreeSelect';
import { fetchTargets, memberKeys, setTarget, type Progress as Row } from './members.api';
import { todayIso } from '../../ui/today';

const percent = (done: number, target: number | null) => (target ? Math.round((done / target) * 100) : 0);

/** Phát triển đoàn viên: yearly targets and progress, rolled up the tree, broken down by child unit. */
export function TargetsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const me = useCurrentUser();
  const queryClient = useQueryClient();
  const [unit, setUnit] = useState<number | undefined>(me.roles[0]?.unitId);
  const [year, setYear] = useState(() => Number(todayIso().slice(0, 4)));
  const report = useQuery({
    queryKey: memberKeys.targets(unit ?? 0, year),
    queryFn: () => fetchTargets(unit!, year),
    enabled: unit !== undefined,
  });
  const save = useMutation({
    mutationFn: (v: { newMembers: number; newUnions: number }) => setTarget({ unitId: unit!, year, ...v }),
    onSuccess: () => {
      void message.success(t('members.actions.done'));
      void queryClient.invalidateQueries({ queryKey: memberKeys.targets(unit ?? 0, year) });
    },
    onError: (e) => void message.error(errorText(e)),
  });
  const rows = report.data ? [report.data.total, ...report.data.children] : [];
  const total = report.data?.total;

  return (
    <Card>
      <Typography.Title level={3}>{t('members.targets.title')}</Typography.Title>
      <Flex gap={8} wrap style={{ marginBottom: 16 }}>
        <div style={{ width: 320 }}>
          <UnitTreeSelect value={unit} onChange={setUnit} />
        </div>
        <InputNumber
          value={year}
          min={2000}
          max={2100}
          onChange={(y) => y && setYear(y)}
          aria-label={t('members.targets.year')}
        />
      </Flex>
      {report.isError && <Alert type="error" showIcon title={errorText(report.error)} style={{ marginBottom: 16 }} />}
      {total && me.permissions.includes(Permission.MemberWrite) && (
        <Form
          layout="inline"
          key={`${total.unit.id}-${year}`}
          initialValues={{ newMembers: total.targetNewMembers ?? 0, newUnions: total.targetNewUnions ?? 0 }}
          onFinish={(v: { newMembers: number; newUnions: number }) => save.mutate(v)}
          style={{ marginBottom: 16 }}
        >
          <Form.Item name="newMembers" label={t('members.targets.newMembers')}>
            <InputNumber min={0} />
          </Form.Item>
          <Form.Item name="newUnions" label={t('members.targets.newUnions')}>
            <InputNumber min={0} />
          </Form.Item>
          <Button htmlType="submit" loading={save.isPending}>
            {t('members.targets.save')}
          </Button>
        </Form>
      )}
      <Table<Row>
        rowKey={(r) => r.unit.id}
        size="middle"
        loading={report.isFetching}
        dataSource={rows}
        pagination={false}
        data-testid="targets-table"
        columns={[
          {
            key: 'unit',
            // the rows are the chosen unit and its children: upper unions as often as grassroots ones
            title: t('members.targets.unit'),
            render: (_, r) => (r === total ? <b>{r.unit.name}</b> : r.unit.name),
          },
          {
            key: 'members',
            title: t('members.targets.newMembers'),
            render: (_, r) => (
              <Flex vertical>
                <span>
                  {r.newMembers.toLocaleString('vi-VN')} / {r.targetNewMembers?.toLocaleString('vi-VN') ?? '—'}
                </span>
                {r.targetNewMembers ? (
                  <Progress
                    percent={percent(r.newMembers, r.targetNewMembers)}
                    size="small"
                    aria-label={`${t('members.targets.newMembers')} — ${r.unit.name}`}
                  />
                ) : null}
              </Flex>
            ),
          },
          {
            key: 'unions',
            title: t('members.targets.newUnions'),
            render: (_, r) => (
              <Flex vertical>
                <span>
                  {r.newUnions.toLocaleString('vi-VN')} / {r.targetNewUnions?.toLocaleString('vi-VN') ?? '—'}
                </span>
                {r.targetNewUnions ? (
                  <Progress
                    percent={percent(r.newUnions, r.targetNewUnions)}
                    size="small"
                    aria-label={`${t('members.targets.newUnions')} — ${r.unit.name}`}
                  />
                ) : null}
              </Flex>
            ),
          },
        ]}
      />
    </Card>
  );
}
