import { useState } from 'react';
import { Alert, App, Button, InputNumber, Space, Table, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatMoneyVN, formatNumberVN } from '@congdoan/domain';
import { errorText } from '../../api/client';
import { allocateQuotas, fetchProposal, fetchQuotas, welfareKeys, type QuotaItem } from './welfare.api';

/**
 * The quota of one unit and the units directly below it: a proposal (by active members or equal) fills
 * the editable counts and budgets, "Giao chỉ tiêu" saves them; a child's link opens its own table.
 */
export function QuotaPanel({ programmeId }: { programmeId: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [trail, setTrailState] = useState<number[]>([]);
  const unitId = trail[trail.length - 1];
  const table = useQuery({
    queryKey: welfareKeys.quotas(programmeId, unitId),
    queryFn: () => fetchQuotas(programmeId, unitId),
  });
  const [edits, setEdits] = useState<Record<number, QuotaItem>>({});
  const setTrail = (next: number[]) => {
    setEdits({});
    setTrailState(next);
  };
  const propose = useMutation({
    mutationFn: (method: 'proportional' | 'equal') => fetchProposal(programmeId, table.data!.unit.unitId, method),
    // Only what the allocation takes: the API refuses unknown fields.
    onSuccess: (r) =>
      setEdits(
        Object.fromEntries(
          r.items.map((i) => [i.unitId, { unitId: i.unitId, count: i.count, budgetVnd: i.budgetVnd }]),
        ),
      ),
    onError: (e) => void message.error(errorText(e)),
  });
  const save = useMutation({
    mutationFn: () => allocateQuotas(programmeId, table.data!.unit.unitId, Object.values(edits)),
    onSuccess: () => {
      setEdits({});
      void qc.invalidateQueries({ queryKey: welfareKeys.one(programmeId) });
      void qc.invalidateQueries({ queryKey: ['welfare', programmeId, 'quotas'] });
      void message.success(t('welfare.saved'));
    },
    onError: (e) => void message.error(errorText(e)),
  });
  if (table.error) return <Alert type="info" message={errorText(table.error)} />;
  const data = table.data;
  if (!data) return null;
  const value = (unit: number, field: 'count' | 'budgetVnd') => {
    const row = data.children.find((c) => c.unitId === unit)!;
    return edits[unit]?.[field] ?? row[field];
  };
  const setValue = (unit: number, field: 'count' | 'budgetVnd', v: number | null) => {
    const row = data.children.find((c) => c.unitId === unit)!;
    const base = edits[unit] ?? { unitId: unit, count: row.count, budgetVnd: row.budgetVnd };
    setEdits({ ...edits, [unit]: { ...base, [field]: v ?? 0 } });
  };
  const sum = data.children.reduce((s, c) => s + value(c.unitId, 'count'), 0);
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Text strong>
        {t('welfare.quota.mine', {
          unit: data.unit.unitName,
          count: formatNumberVN(data.unit.count),
          budget: formatMoneyVN(data.unit.budgetVnd),
        })}
      </Typography.Text>
      <Space wrap>
        {trail.length > 0 && <Button onClick={() => setTrail(trail.slice(0, -1))}>{t('welfare.quota.up')}</Button>}
        <Button onClick={() => propose.mutate('proportional')} data-testid="quota-proportional">
          {t('welfare.quota.proportional')}
        </Button>
        <Button onClick={() => propose.mutate('equal')} data-testid="quota-equal">
          {t('welfare.quota.equal')}
        </Button>
        <Button
          type="primary"
          disabled={Object.keys(edits).length === 0}
          loading={save.isPending}
          onClick={() => save.mutate()}
          data-testid="quota-save"
        >
          {t('welfare.quota.save')}
        </Button>
        <Typography.Text type={sum + data.unit.nominated > data.unit.count ? 'danger' : 'secondary'}>
          {formatNumberVN(sum + data.unit.nominated)} / {formatNumberVN(data.unit.count)}
        </Typography.Text>
      </Space>
      <Table
        size="small"
        rowKey="unitId"
        pagination={false}
        scroll={{ x: 560 }}
        dataSource={data.children}
        columns={[
          {
            title: t('welfare.quota.unit'),
            dataIndex: 'unitName',
            render: (name: string, c) =>
              c.hasQuota ? (
                <Button
                  type="link"
                  style={{ padding: 0, whiteSpace: 'normal', textAlign: 'left' }}
                  onClick={() => setTrail([...trail, c.unitId])}
                >
                  {name}
                </Button>
              ) : (
                name
              ),
          },
          { title: t('welfare.quota.members'), dataIndex: 'activeMembers', render: (n: number) => formatNumberVN(n) },
          {
            title: t('welfare.quota.count'),
            render: (_, c) => (
              <InputNumber
                min={0}
                value={value(c.unitId, 'count')}
                onChange={(v) => setValue(c.unitId, 'count', v)}
                style={{ width: 90 }}
                aria-label={`${t('welfare.quota.count')} ${c.unitName}`}
              />
            ),
          },
          {
            title: t('welfare.quota.budget'),
            render: (_, c) => (
              <InputNumber
                min={0}
                step={100000}
                value={value(c.unitId, 'budgetVnd')}
                onChange={(v) => setValue(c.unitId, 'budgetVnd', v)}
                style={{ width: 140 }}
                aria-label={`${t('welfare.quota.budget')} ${c.unitName}`}
              />
            ),
          },
          { title: t('welfare.quota.used'), dataIndex: 'allocatedBelow', render: (n: number) => formatNumberVN(n) },
        ]}
      />
    </Space>
  );
}
