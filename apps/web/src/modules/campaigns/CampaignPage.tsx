import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Flex, Space, Table, Tag, Typography, Upload } from 'antd';
import {
  DeleteOutlined,
  DownloadOutlined,
  EditOutlined,
  PlusOutlined,
  SendOutlined,
  StopOutlined,
  UploadOutlined,
} from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Permission, formatDateVN, type CampaignDetail } from '@congdoan/domain';
import { errorText } from '../../api/client';
import { useCurrentUser } from '../auth/current-user';
import { cancelCampaign, campaignKeys, fetchCampaign, removeActivity, uploadPlan } from './campaigns.api';
import { CancelWithReasonModal } from '../../ui/CancelWithReasonModal';
import { AddActivityModal } from './AddActivityModal';
import { CreateCampaignModal } from './CreateCampaignModal';
import { IssueCampaignModal } from './IssueCampaignModal';
import { ReportActivityModal } from './ReportActivityModal';
import { RollupCard } from './RollupCard';

type Activity = CampaignDetail['activities'][number];

/** One unit's copy of a campaign: themes, plan, activities with its reports, cascade and rollup. */
export function CampaignPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const id = Number(useParams().id);
  const me = useCurrentUser();
  const canWrite = me.permissions.includes(Permission.CampaignWrite);
  const qc = useQueryClient();
  const campaign = useQuery({ queryKey: campaignKeys.one(id), queryFn: () => fetchCampaign(id) });
  const [issuing, setIssuing] = useState(false);
  const [adding, setAdding] = useState(false);
  const [reporting, setReporting] = useState<Activity | null>(null);
  const [editingPlan, setEditingPlan] = useState(false);
  const [editingActivity, setEditingActivity] = useState<Activity | null>(null);
  const [cancelOpen, setCancelOpen] = useState(false);
  const refresh = () => void qc.invalidateQueries({ queryKey: campaignKeys.all });
  const remove = useMutation({
    mutationFn: (a: Activity) => removeActivity(id, a.id),
    onSuccess: refresh,
    onError: (e) => void message.error(errorText(e)),
  });
  const cancelIt = useMutation({
    mutationFn: (reason: string) => cancelCampaign(id, reason),
    onSuccess: () => {
      setCancelOpen(false);
      refresh();
    },
    onError: (e) => void message.error(errorText(e)),
  });
  const plan = useMutation({
    mutationFn: (file: File) => uploadPlan(id, file),
    onSuccess: refresh,
    onError: (e) => void message.error(errorText(e)),
  });
  if (campaign.isError) return <Alert type="error" title={errorText(campaign.error)} />;
  const c = campaign.data;
  if (!c) return <Card loading />;
  // the plan is changed from its issuing copy only; copies below follow it
  const ownPlan = canWrite && c.parentId === null && !c.cancelledAt;
  const open = canWrite && !c.cancelledAt;
  return (
    <Flex vertical gap={16}>
      <Card>
        <Flex justify="space-between" wrap gap={8}>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="campaign-heading">
            {c.title}
          </Typography.Title>
          <Space wrap>
            <Button icon={<DownloadOutlined />} href={`/api/campaigns/${id}/summary.docx`} data-testid="download-docx">
              {t('campaigns.export.docx')}
            </Button>
            <Button icon={<DownloadOutlined />} href={`/api/campaigns/${id}/summary.pdf`} data-testid="download-pdf">
              {t('campaigns.export.pdf')}
            </Button>
            <Button icon={<DownloadOutlined />} href={`/api/campaigns/${id}/summary.xlsx`} data-testid="download-xlsx">
              {t('campaigns.export.xlsx')}
            </Button>
            <Link to={`/events/new?campaignId=${id}`}>
              <Button icon={<PlusOutlined />} data-testid="campaign-new-event">
                {t('events.create.button')}
              </Button>
            </Link>
            {c.cancelledAt && <Tag color="red">{t('campaigns.cancel.tag')}</Tag>}
            {ownPlan && (
              <>
                <Button icon={<EditOutlined />} onClick={() => setEditingPlan(true)} data-testid="campaign-edit">
                  {t('campaigns.edit.button')}
                </Button>
                <Button
                  danger
                  icon={<StopOutlined />}
                  onClick={() => setCancelOpen(true)}
                  data-testid="campaign-cancel"
                >
                  {t('campaigns.cancel.button')}
                </Button>
              </>
            )}
            {open && (
              <Button
                type="primary"
                icon={<SendOutlined />}
                onClick={() => setIssuing(true)}
                data-testid="campaign-issue"
              >
                {t('campaigns.issue.button')}
              </Button>
            )}
          </Space>
        </Flex>
        {c.cancelledAt && (
          <Alert
            type="error"
            style={{ marginTop: 16 }}
            data-testid="campaign-cancelled"
            title={t('campaigns.cancel.banner', { at: formatDateVN(c.cancelledAt), reason: c.cancelReason })}
          />
        )}
        <Descriptions column={{ xs: 1, md: 2 }} style={{ marginTop: 16 }}>
          <Descriptions.Item label={t('campaigns.fields.unit')}>{c.unitName}</Descriptions.Item>
          <Descriptions.Item label={t('campaigns.fields.kind')}>{t(`campaigns.kinds.${c.kind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('campaigns.fields.period')}>
            {formatDateVN(c.startsOn)} – {formatDateVN(c.endsOn)}
          </Descriptions.Item>
          <Descriptions.Item label={t('campaigns.fields.reportDueOn')}>
            {c.reportDueOn ? formatDateVN(c.reportDueOn) : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('campaigns.fields.themes')}>
            {c.themes.map((th) => (
              <Tag key={th} color="red">
                {th}
              </Tag>
            ))}
          </Descriptions.Item>
          <Descriptions.Item label={t('campaigns.fields.issuedBy')}>
            {c.issuedByName ?? t('campaigns.own')}
          </Descriptions.Item>
          <Descriptions.Item label={t('campaigns.fields.plan')}>
            <Space>
              {c.planFileName && <a href={`/api/campaigns/${id}/plan`}>{c.planFileName}</a>}
              {canWrite && (
                <Upload
                  showUploadList={false}
                  accept=".pdf,.docx"
                  customRequest={({ file }) => plan.mutate(file as File)}
                >
                  <Button size="small" icon={<UploadOutlined />} loading={plan.isPending}>
                    {t('campaigns.planUpload')}
                  </Button>
                </Upload>
              )}
            </Space>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card
        title={t('campaigns.activities')}
        extra={
          open && (
            <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
              {t('campaigns.addActivity')}
            </Button>
          )
        }
      >
        <Table<Activity>
          rowKey="id"
          pagination={false}
          dataSource={c.activities}
          columns={[
            {
              title: t('campaigns.fields.activity'),
              render: (_, a) => (
                <>
                  {a.title} {a.isModel && <Tag color="purple">{t('campaigns.model')}</Tag>}
                  {a.inherited ? <Tag>{t('campaigns.inherited')}</Tag> : <Tag color="blue">{t('campaigns.own')}</Tag>}
                </>
              ),
            },
            {
              title: t('campaigns.fields.indicators'),
              render: (_, a) =>
                a.indicators.map((k) => (
                  <div key={k}>
                    {t(`campaigns.indicators.${k}`)}: <b>{a.report?.indicators[k] ?? '—'}</b>
                  </div>
                )),
            },
            {
              title: t('campaigns.report.status'),
              render: (_, a) =>
                a.report ? (
                  <Tag color={a.report.done ? 'green' : 'orange'}>
                    {a.report.done ? t('campaigns.report.isDone') : t('campaigns.report.notDone')}
                    {a.report.doneOn ? ` ${formatDateVN(a.report.doneOn)}` : ''}
                  </Tag>
                ) : (
                  <Tag>{t('campaigns.report.none')}</Tag>
                ),
            },
            {
              title: '',
              render: (_, a, i) =>
                canWrite && (
                  <Space>
                    <Button size="small" onClick={() => setReporting(a)} data-testid={`report-activity-${i}`}>
                      {t('campaigns.report.button')}
                    </Button>
                    {!a.inherited && open && (
                      <>
                        <Button
                          size="small"
                          icon={<EditOutlined />}
                          aria-label={t('campaigns.edit.activity')}
                          onClick={() => setEditingActivity(a)}
                          data-testid={`edit-activity-${i}`}
                        />
                        <Button
                          size="small"
                          danger
                          icon={<DeleteOutlined />}
                          aria-label={t('campaigns.removeActivity')}
                          onClick={() => remove.mutate(a)}
                        />
                      </>
                    )}
                  </Space>
                ),
            },
          ]}
        />
      </Card>
      <RollupCard campaignId={id} />
      <IssueCampaignModal open={issuing} onClose={() => setIssuing(false)} campaignId={id} unitId={c.unitId} />
      <AddActivityModal open={adding} onClose={() => setAdding(false)} campaignId={id} />
      <AddActivityModal
        open={!!editingActivity}
        onClose={() => setEditingActivity(null)}
        campaignId={id}
        editing={editingActivity}
      />
      <CreateCampaignModal open={editingPlan} onClose={() => setEditingPlan(false)} editing={c} />
      <CancelWithReasonModal
        open={cancelOpen}
        title={t('campaigns.cancel.confirmTitle', { title: c.title })}
        explain={t('campaigns.cancel.explain', { copies: c.copies })}
        i18nPrefix="campaigns.cancel"
        testId="campaign-cancel"
        pending={cancelIt.isPending}
        onConfirm={(reason) => cancelIt.mutate(reason)}
        onClose={() => setCancelOpen(false)}
      />
      <ReportActivityModal campaignId={id} activity={reporting} onClose={() => setReporting(null)} />
    </Flex>
  );
}
