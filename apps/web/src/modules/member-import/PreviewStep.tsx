import { useState } from 'react';
import { Alert, Button, Radio, Select, Space, Tag, Tooltip } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatPartialDateVN, importFieldName, type ImportRow, type MemberImport } from '@congdoan/domain';
import { currentLanguage } from '../../app/i18n';
import { errorText } from '../../api/client';
import { ImportPreview } from '../../kit/import-preview/ImportPreview';
import { issuesColumn } from '../../kit/import-preview/Issues';
import { jobFileUrl } from '../jobs/jobs.api';
import { useJob } from '../jobs/use-job';
import { commitImport, fetchImportRows, importKeys, setRowAction } from './member-import.api';
import { EncodingSelect } from './EncodingSelect';
import { RowDifferences } from './RowDifferences';
import { rowActions } from './row-actions';

/** Step 3: every row with its errors and warnings, matches, the per-row action, and the commit choice. */
export function PreviewStep({ imp, onRemap }: { imp: MemberImport; onRemap: () => void }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [mode, setMode] = useState<'all_or_nothing' | 'valid_only'>('valid_only');
  const [defaultAction, setDefaultAction] = useState(imp.defaultAction);
  const checkJob = useJob(imp.previewJobId);
  const action = useMutation({
    mutationFn: ({ row, value }: { row: number; value: string | null }) => setRowAction(imp.id, row, value),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['member-imports', imp.id] }),
  });
  const commit = useMutation({
    mutationFn: () => commitImport(imp.id, { mode, defaultAction }),
    onSuccess: (next) => client.setQueryData(importKeys.one(imp.id), next),
  });
  const stats = imp.stats!;
  const actionOptions = (row: ImportRow) =>
    rowActions(row).map((a) => ({ value: a, label: t(`memberImport.actions.${a}`) }));
  return (
    <ImportPreview
      // Another encoding re-reads the file: back to the mapping step, then check again.
      before={<EncodingSelect imp={imp} />}
      figures={[
        { title: t('memberImport.stats.total'), value: stats.total },
        { title: t('memberImport.stats.valid'), value: stats.valid },
        { title: t('memberImport.stats.withErrors'), value: stats.withErrors, danger: true },
        { title: t('memberImport.stats.withWarnings'), value: stats.withWarnings },
        { title: t('memberImport.stats.matched'), value: stats.matched },
        { title: t('memberImport.stats.toCreate'), value: stats.toCreate },
        { title: t('memberImport.stats.toUpdate'), value: stats.toUpdate },
        { title: t('memberImport.stats.toOverwrite'), value: stats.toOverwrite ?? 0 },
        { title: t('memberImport.stats.toTransfer'), value: stats.toTransfer ?? 0 },
      ]}
      filterLabel={(f) => t(`memberImport.filter.${f}`)}
      fetchRows={(params) => fetchImportRows(imp.id, params)}
      rowsKey={(params) => importKeys.rows(imp.id, params)}
      errorFileUrl={checkJob.data?.hasFile ? jobFileUrl(checkJob.data.id) : null}
      onRemap={onRemap}
      expandable={{
        rowExpandable: (row) => row.differences.length > 0,
        expandedRowRender: (row) => <RowDifferences items={row.differences} />,
      }}
      columns={[
        { title: importFieldName('fullName', currentLanguage()), dataIndex: 'fullName' },
        {
          title: importFieldName('birthDate', currentLanguage()),
          dataIndex: 'birthDate',
          // as written: "1992", "03/1990" or "15/03/1990"
          render: (v: string | null) => (v ? formatPartialDateVN(v) : ''),
        },
        { title: importFieldName('cccd', currentLanguage()), dataIndex: 'cccd' },
        { title: importFieldName('oldIdNumber', currentLanguage()), dataIndex: 'oldIdNumber' },
        { title: importFieldName('phone', currentLanguage()), dataIndex: 'phone' },
        issuesColumn(t('memberImport.issues')),
        {
          title: t('memberImport.match'),
          render: (_, row) =>
            row.match &&
            (row.match.elsewhere ? (
              // Held by another union: nothing about the person or the union is shown.
              <Tooltip title={t('memberImport.elsewhereHelp')}>
                <Tag color="purple" data-testid={`row-elsewhere-${row.rowNo}`}>
                  {row.match.name ?? t('memberImport.elsewhere')}
                </Tag>
              </Tooltip>
            ) : (
              <Tooltip title={t(`memberImport.matchKind.${row.match.kind}`)}>
                <Tag color={row.match.kind === 'probable' ? 'gold' : 'blue'}>{row.match.name}</Tag>
              </Tooltip>
            )),
        },
        {
          title: t('memberImport.differences'),
          render: (_, row) =>
            row.differences.length > 0 && (
              <Tag color="orange" data-testid={`row-differences-${row.rowNo}`}>
                {t('memberImport.differencesCount', { count: row.differences.length })}
              </Tag>
            ),
        },
        {
          title: t('memberImport.action'),
          width: 220,
          render: (_, row) =>
            row.errors.length ? (
              <Tag color="red">{t('memberImport.notImported')}</Tag>
            ) : (
              <Select
                size="small"
                style={{ minWidth: 200 }}
                popupMatchSelectWidth={false}
                value={row.effectiveAction}
                options={actionOptions(row)}
                onChange={(value: string) => action.mutate({ row: row.rowNo, value })}
                data-testid={`row-action-${row.rowNo}`}
              />
            ),
        },
      ]}
    >
      <Space wrap size="large">
        <span>
          {t('memberImport.defaultAction')}{' '}
          <Select
            value={defaultAction}
            onChange={setDefaultAction}
            style={{ minWidth: 160 }}
            data-testid="import-default-action"
            options={(['update', 'overwrite', 'skip', 'create'] as const).map((a) => ({
              value: a,
              label: t(`memberImport.actions.${a}`),
            }))}
          />
        </span>
        <Radio.Group value={mode} onChange={(e) => setMode(e.target.value as typeof mode)} data-testid="import-mode">
          <Radio value="valid_only" data-testid="mode-valid-only">
            {t('memberImport.mode.valid_only')}
          </Radio>
          <Radio value="all_or_nothing" data-testid="mode-all">
            {t('memberImport.mode.all_or_nothing')}
          </Radio>
        </Radio.Group>
        <Button type="primary" onClick={() => commit.mutate()} loading={commit.isPending} data-testid="import-commit">
          {t('memberImport.commit', {
            count: stats.toCreate + stats.toUpdate + (stats.toOverwrite ?? 0) + (stats.toTransfer ?? 0),
          })}
        </Button>
      </Space>
      {defaultAction === 'overwrite' && (
        <Alert type="warning" showIcon title={t('memberImport.overwriteWarning')} data-testid="overwrite-warning" />
      )}
      {(commit.error || action.error) && (
        <Alert type="error" showIcon title={errorText(commit.error ?? action.error)} />
      )}
    </ImportPreview>
  );
}
