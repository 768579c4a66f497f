import { useState } from 'react';
import { App, Alert, Button, Card, Collapse, Flex, Input, InputNumber, Modal, Space, Tag, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDateVN, formatMoneyVN, formatNumberVN, type ReportView } from '@congdoan/domain';
import { errorText } from '../../api/client';
import { fetchReport, reportKeys, reviewReport, saveDraft, submitReport } from './reports.api';
import { FigureRowsDrawer } from './FigureRowsDrawer';
import { ReportStatusTag } from './ReportStatusTag';

type Figure = ReportView['sections'][number]['figures'][number];

const show = (f: Pick<Figure, 'unit'>, value: number | null | undefined) =>
  value == null
    ? '—'
    : f.unit === 'vnd'
      ? formatMoneyVN(value)
      : f.unit === 'percent'
        ? `${formatNumberVN(value)} %`
        : formatNumberVN(value);

/**
 * One unit's report: computed figures shown read-only (the software counts them from the unit's work),
 * entered figures and narrative to fill in, the children's reports compiled beside them, and the review.
 */
export function ReportPage() {
  const params = useParams();
  const assignmentId = Number(params.id);
  const unitId = Number(params.unitId);
  const report = useQuery({
    queryKey: reportKeys.report(assignmentId, unitId),
    queryFn: () => fetchReport(assignmentId, unitId),
  });
  if (report.isError) return <Alert type="error" showIcon message={errorText(report.error)} />;
  const r = report.data;
  if (!r) return <Card loading />;
  // A fresh form whenever the report changes state (saved, submitted, returned): its fields start from the server.
  return <ReportBody key={`${r.submissionId}-${r.status}`} r={r} assignmentId={assignmentId} unitId={unitId} />;
}

function ReportBody({ r, assignmentId, unitId }: { r: ReportView; assignmentId: number; unitId: number }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const client = useQueryClient();
  const [entered, setEntered] = useState<Record<string, number | null>>(() =>
    Object.fromEntries(
      r.sections.flatMap((s) => s.figures.filter((f) => f.source === 'entered').map((f) => [f.key, f.value])),
    ),
  );
  const [narrative, setNarrative] = useState<Record<string, string>>(() =>
    Object.fromEntries(r.sections.filter((s) => s.kind === 'narrative').map((s) => [s.key, s.text])),
  );
  const [returning, setReturning] = useState<'return' | 'reopen' | null>(null);
  const [drill, setDrill] = useState<{ key: string; vi: string } | null>(null);
  const [comment, setComment] = useState('');
  const done = async (text: string) => {
    await client.invalidateQueries({ queryKey: reportKeys.all });
    void message.success(text);
  };
  const body = () => ({ entered, narrative });
  const save = useMutation({
    mutationFn: () => saveDraft(assignmentId, unitId, body()),
    onSuccess: () => done(t('reports.saved')),
    onError: (e) => void message.error(errorText(e)),
  });
  const submit = useMutation({
    mutationFn: () => submitReport(assignmentId, unitId, body()),
    onSuccess: () => done(t('reports.submitted')),
    onError: (e) => void message.error(errorText(e)),
  });
  const review = useMutation({
    mutationFn: (d: { decision: 'approve' | 'return' | 'reopen'; comment?: string }) =>
      reviewReport(r.submissionId!, d.decision, d.comment),
    onSuccess: async (res) => {
      setReturning(null);
      setComment('');
      await done(t(`reports.reviewed.${res.status}`));
    },
    onError: (e) => void message.error(errorText(e)),
  });
  return (
    <Card>
      <Space direction="vertical" size={12} style={{ width: '100%' }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {r.form.name} — {r.periodLabel}
        </Typography.Title>
        <Space wrap>
          <span>{r.unit.name}</span>
          <ReportStatusTag status={r.status} />
          <span>
            {t('reports.deadline')}: {formatDateVN(r.deadline)}
          </span>
          <Link to={`/reports/${assignmentId}/completeness?unitId=${unitId}`}>{t('reports.completenessLink')}</Link>
        </Space>
        <Space wrap>
          {(['docx', 'xlsx', 'pdf'] as const).map((ext) => (
            <Button
              key={ext}
              icon={<DownloadOutlined />}
              href={`/api/reports/assignments/${assignmentId}/units/${unitId}/report.${ext}`}
              data-testid={`reports-download-${ext}`}
            >
              {t(`reports.download.${ext}`)}
            </Button>
          ))}
        </Space>
        {r.status === 'returned' && r.returnComment && (
          <Alert
            type="warning"
            showIcon
            message={t('reports.returnedWith')}
            description={r.returnComment}
            data-testid="reports-return-comment"
          />
        )}
        {r.missingChildren.length > 0 && (
          <Alert
            type="info"
            showIcon
            message={t('reports.missingChildren', { count: r.missingChildren.length })}
            description={r.missingChildren.map((m) => m.name).join('; ')}
          />
        )}
        {r.sections.map((s) => (
          <Card key={s.key} size="small" title={s.title}>
            {s.kind === 'indicators' ? (
              <Space direction="vertical" style={{ width: '100%' }}>
                {s.figures.map((f) => (
                  <Flex
                    key={f.key}
                    justify="space-between"
                    align="center"
                    wrap
                    gap={8}
                    data-testid={`reports-figure-${f.key}`}
                  >
                    <span style={{ flex: '1 1 220px' }}>{f.vi}</span>
                    {f.source === 'computed' ? (
                      <Space>
                        {f.hasRows ? (
                          <Button
                            type="link"
                            style={{ padding: 0, height: 'auto', fontWeight: 600 }}
                            onClick={() => setDrill({ key: f.key, vi: f.vi })}
                            aria-label={t('reports.rows.open', { name: f.vi, value: show(f, f.value) })}
                            data-testid={`reports-value-${f.key}`}
                          >
                            {show(f, f.value)}
                          </Button>
                        ) : (
                          <strong data-testid={`reports-value-${f.key}`}>{show(f, f.value)}</strong>
                        )}
                        <Tag>{t('reports.computed')}</Tag>
                      </Space>
                    ) : (
                      <Space wrap>
                        <InputNumber
                          min={0}
                          precision={f.unit === 'percent' ? 1 : 0}
                          disabled={!r.canEdit}
                          value={entered[f.key] ?? null}
                          onChange={(v) => setEntered((e) => ({ ...e, [f.key]: v }))}
                          style={{ width: 160 }}
                          aria-label={f.vi}
                          data-testid={`reports-input-${f.key}`}
                        />
                        {f.fromChildren != null && (
                          <Button
                            size="small"
                            disabled={!r.canEdit}
                            onClick={() => setEntered((e) => ({ ...e, [f.key]: f.fromChildren ?? null }))}
                          >
                            {t('reports.useChildren', { value: show(f, f.fromChildren) })}
                          </Button>
                        )}
                      </Space>
                    )}
                  </Flex>
                ))}
              </Space>
            ) : (
              <Space direction="vertical" style={{ width: '100%' }}>
                {s.fromChildren.length > 0 && (
                  <Collapse
                    size="small"
                    items={[
                      {
                        key: 'children',
                        label: t('reports.childrenText', { count: s.fromChildren.length }),
                        children: s.fromChildren.map((c) => (
                          <Flex key={c.unitName} vertical gap={4} style={{ marginBottom: 8 }}>
                            <strong>{c.unitName}</strong>
                            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
                              {c.text}
                            </Typography.Paragraph>
                            <Button
                              size="small"
                              disabled={!r.canEdit}
                              style={{ alignSelf: 'flex-start' }}
                              onClick={() =>
                                setNarrative((n) => ({
                                  ...n,
                                  [s.key]: `${n[s.key] ? `${n[s.key]}\n` : ''}${c.unitName}: ${c.text}`,
                                }))
                              }
                            >
                              {t('reports.insert')}
                            </Button>
                          </Flex>
                        )),
                      },
                    ]}
                  />
                )}
                <Input.TextArea
                  autoSize={{ minRows: 3 }}
                  disabled={!r.canEdit}
                  value={narrative[s.key] ?? ''}
                  onChange={(e) => setNarrative((n) => ({ ...n, [s.key]: e.target.value }))}
                  aria-label={s.title}
                  data-testid={`reports-text-${s.key}`}
                />
              </Space>
            )}
          </Card>
        ))}
        <Flex gap={8} wrap>
          {r.canEdit && (
            <>
              <Button onClick={() => save.mutate()} loading={save.isPending} data-testid="reports-save">
                {t('reports.save')}
              </Button>
              <Button
                type="primary"
                onClick={() => submit.mutate()}
                loading={submit.isPending}
                data-testid="reports-submit"
              >
                {t('reports.submit')}
              </Button>
            </>
          )}
          {r.canReview && (
            <>
              <Button
                type="primary"
                onClick={() => review.mutate({ decision: 'approve' })}
                data-testid="reports-approve"
              >
                {t('reports.approve')}
              </Button>
              <Button danger onClick={() => setReturning('return')} data-testid="reports-return">
                {t('reports.return')}
              </Button>
            </>
          )}
          {r.status === 'approved' && r.submissionId && (
            <Button onClick={() => setReturning('reopen')} data-testid="reports-reopen">
              {t('reports.reopen')}
            </Button>
          )}
        </Flex>
      </Space>
      <FigureRowsDrawer assignmentId={assignmentId} unitId={unitId} figure={drill} onClose={() => setDrill(null)} />
      <Modal
        open={returning !== null}
        title={returning === 'reopen' ? t('reports.reopen') : t('reports.return')}
        onCancel={() => setReturning(null)}
        onOk={() => review.mutate({ decision: returning!, comment })}
        confirmLoading={review.isPending}
        okButtonProps={{ 'data-testid': 'reports-return-ok' }}
      >
        <Input.TextArea
          autoSize={{ minRows: 3 }}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          placeholder={t('reports.commentPlaceholder')}
          data-testid="reports-return-text"
        />
      </Modal>
    </Card>
  );
}
