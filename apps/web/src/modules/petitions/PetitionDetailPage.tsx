import { useState } from 'react';
import {
  Alert,
  App,
  Button,
  Card,
  Descriptions,
  Flex,
  Popconfirm,
  Select,
  Space,
  Timeline,
  Typography,
  Upload,
} from 'antd';
import { PrinterOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTimeVN, formatDateVN, Permission, petitionReference, type PetitionDetail } from '@congdoan/domain';
import { errorText } from '../../api/client';
import { useHasPermission } from '../auth/current-user';
import { FullPageSpinner } from '../../ui/FullPageSpinner';
import { AnswerModal } from './AnswerModal';
import {
  changeStatus,
  escalate,
  fetchIdentity,
  fetchPetition,
  petitionKeys,
  unconsolidate,
  uploadAttachment,
} from './petitions.api';
import { PetitionNav } from './PetitionNav';
import { PetitionsTable } from './PetitionsTable';
import { StatusTag } from './StatusTag';

function AnswerBlock({ answer }: { answer: PetitionDetail['answer'] }) {
  const { t } = useTranslation();
  if (!answer.answerText) return <Typography.Text type="secondary">{t('petitions.detail.noAnswer')}</Typography.Text>;
  return (
    <Descriptions
      column={1}
      size="small"
      data-testid="petition-answer"
      items={[
        { key: 'a', label: t('petitions.detail.answer'), children: answer.answerText },
        { key: 'b', label: t('petitions.detail.answeredBy'), children: answer.answeredBy },
        { key: 'c', label: t('petitions.detail.agency'), children: answer.responsibleAgency ?? '—' },
        { key: 'd', label: t('petitions.detail.commitment'), children: answer.commitment ?? '—' },
        {
          key: 'e',
          label: t('petitions.fields.commitmentDeadline'),
          children: answer.commitmentDeadline ? formatDateVN(answer.commitmentDeadline) : '—',
        },
      ]}
    />
  );
}

export function PetitionDetailPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const navigate = useNavigate();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const canWrite = useHasPermission(Permission.PetitionWrite);
  const [answering, setAnswering] = useState(false);
  const petition = useQuery({ queryKey: petitionKeys.one(id), queryFn: () => fetchPetition(id) });
  const identity = useMutation({ mutationFn: () => fetchIdentity(id) });
  const refresh = (data?: PetitionDetail) => {
    if (data) queryClient.setQueryData(petitionKeys.one(id), data);
    void queryClient.invalidateQueries({ queryKey: petitionKeys.all });
  };
  const onError = (e: unknown) => void message.error(errorText(e));
  const up = useMutation({ mutationFn: () => escalate(id, null), onSuccess: refresh, onError });
  const status = useMutation({
    mutationFn: (s: string) => changeStatus(id, { status: s }),
    onSuccess: refresh,
    onError,
  });
  const undo = useMutation({
    mutationFn: () => unconsolidate(id),
    onSuccess: () => {
      refresh();
      void navigate('/petitions');
    },
    onError,
  });
  if (petition.isPending) return <FullPageSpinner />;
  if (petition.isError) return <Alert type="error" showIcon title={errorText(petition.error)} />;
  const p = petition.data;
  const actionable = p.canWrite && !p.consolidatedIntoId;
  return (
    <Card>
      <PetitionNav />
      <Flex justify="space-between" align="start" wrap gap={12}>
        <div>
          <Typography.Title level={3} style={{ marginTop: 0 }} data-testid="petition-heading">
            {p.title}
          </Typography.Title>
          <StatusTag p={p} />
          {p.isConsolidated && (
            <Typography.Text data-testid="petition-counts" style={{ marginLeft: 8 }}>
              {t('petitions.counts', { units: p.unitCount, workers: p.affectedWorkers.toLocaleString('vi-VN') })}
            </Typography.Text>
          )}
        </div>
        <Space wrap>
          {/* who may read the petition may print its receipt, the official who took it first of all */}
          <Button icon={<PrinterOutlined />} href={`/api/petitions/${p.id}/receipt.pdf`} data-testid="petition-receipt">
            {t('petitions.detail.receipt')}
          </Button>
        </Space>
        {actionable && (
          <Space wrap>
            <Button type="primary" onClick={() => setAnswering(true)} data-testid="petition-answer-button">
              {t('petitions.detail.answerButton')}
            </Button>
            <Select
              placeholder={t('petitions.detail.statusButton')}
              aria-label={t('petitions.detail.statusButton')}
              style={{ width: 200 }}
              value={null}
              onChange={(s: string) => status.mutate(s)}
              options={(['in_progress', 'resolved', 'unresolved', 'rejected'] as const).map((s) => ({
                value: s,
                label: t(`petitions.status.${s}`),
              }))}
            />
            <Popconfirm title={t('petitions.detail.escalateConfirm')} onConfirm={() => up.mutate()}>
              <Button danger loading={up.isPending} data-testid="petition-escalate">
                {t('petitions.detail.escalate')}
              </Button>
            </Popconfirm>
            {p.isConsolidated && p.status === 'consolidated' && !p.dialogueId && (
              <Popconfirm title={t('petitions.detail.undoConfirm')} onConfirm={() => undo.mutate()}>
                <Button data-testid="petition-undo">{t('petitions.detail.undo')}</Button>
              </Popconfirm>
            )}
          </Space>
        )}
      </Flex>
      <Descriptions
        style={{ marginTop: 16 }}
        column={{ xs: 1, md: 2 }}
        bordered
        size="small"
        items={[
          {
            key: 'reference',
            label: t('petitions.fields.reference'),
            children: <span data-testid="petition-reference">{petitionReference(p.id, p.createdAt)}</span>,
          },
          { key: 'topic', label: t('petitions.fields.topic'), children: p.topicName },
          {
            key: 'unit',
            label: t('petitions.fields.unit'),
            children: <span data-testid="petition-unit">{p.unitName}</span>,
          },
          { key: 'origin', label: t('petitions.fields.origin'), children: p.originUnitName },
          {
            key: 'raised',
            label: t('petitions.fields.raisedBy'),
            children: `${t(`petitions.raisedBy.${p.raisedBy}`)}${p.raiserName ? ` — ${p.raiserName}` : ''}`,
          },
          {
            key: 'to',
            label: t('petitions.fields.addresseeKind'),
            children: `${t(`petitions.addressee.${p.addresseeKind}`)}: ${p.addresseeName}`,
          },
          {
            key: 'aff',
            label: t('petitions.fields.affectedWorkers'),
            children: p.affectedWorkers.toLocaleString('vi-VN'),
          },
          {
            key: 'dlg',
            label: t('petitions.fields.dialogue'),
            children: p.dialogueId ? <Link to={`/dialogues/${p.dialogueId}`}>{p.dialogueTitle}</Link> : '—',
          },
          { key: 'created', label: t('petitions.fields.createdAt'), children: formatDateVN(p.createdAt) },
          { key: 'content', label: t('petitions.fields.content'), span: 2, children: p.content },
        ]}
      />
      {p.canReadIdentity && (
        <Card size="small" style={{ marginTop: 16 }}>
          <Space direction="vertical">
            <Typography.Text type="warning">{t('petitions.detail.identityWarning')}</Typography.Text>
            {identity.data ? (
              <Typography.Text data-testid="petition-identity">
                {identity.data.fullName}
                {identity.data.contact ? ` — ${identity.data.contact}` : ''}
              </Typography.Text>
            ) : (
              <Button
                onClick={() => identity.mutate()}
                loading={identity.isPending}
                data-testid="petition-identity-show"
              >
                {t('petitions.detail.identity')}
              </Button>
            )}
          </Space>
        </Card>
      )}
      {p.consolidatedInto && (
        <Card size="small" title={t('petitions.detail.partOf')} style={{ marginTop: 16 }} data-testid="petition-parent">
          <Flex gap={8} align="center" wrap style={{ marginBottom: 8 }}>
            <Link to={`/petitions/${p.consolidatedInto.id}`}>{p.consolidatedInto.title}</Link>
            <StatusTag p={p.consolidatedInto} />
            <Typography.Text type="secondary">{p.consolidatedInto.unitName}</Typography.Text>
          </Flex>
          <AnswerBlock answer={p.consolidatedInto.answer} />
        </Card>
      )}
      <Card size="small" title={t('petitions.detail.answer')} style={{ marginTop: 16 }}>
        <AnswerBlock answer={p.answer} />
      </Card>
      {p.isConsolidated && (
        <Card size="small" title={t('petitions.detail.originals')} style={{ marginTop: 16 }}>
          <PetitionsTable items={p.originals} />
        </Card>
      )}
      <Card size="small" title={t('petitions.detail.trail')} style={{ marginTop: 16 }} data-testid="petition-trail">
        <Timeline
          items={p.events.map((e) => ({
            key: e.id,
            children: (
              <span data-testid={`trail-${e.kind}`}>
                <b>{t(`petitions.event.${e.kind}`, { unit: e.toUnitName ?? '' })}</b>
                {e.toStatus ? ` → ${t(`petitions.status.${e.toStatus}`)}` : ''} · {e.unitName} ·{' '}
                {formatDateTimeVN(e.at)}
                {e.actorName ? ` · ${e.actorName}` : ''}
                {e.note ? ` · ${e.note}` : ''}
              </span>
            ),
          }))}
        />
      </Card>
      <Card size="small" title={t('petitions.detail.attachments')} style={{ marginTop: 16 }}>
        {p.attachments.map((a) => (
          <div key={a.id}>
            <a href={`/api/petitions/${p.id}/attachments/${a.id}`}>{a.fileName}</a>
          </div>
        ))}
        {canWrite && (
          <Upload
            showUploadList={false}
            accept=".pdf,.docx,.xlsx,.jpg,.jpeg,.png"
            customRequest={({ file, onSuccess, onError: fail }) => {
              uploadAttachment(p.id, file as File)
                .then((r) => {
                  onSuccess?.(r);
                  refresh();
                })
                .catch((e: unknown) => {
                  fail?.(e as Error);
                  onError(e);
                });
            }}
          >
            <Button style={{ marginTop: 8 }}>{t('petitions.detail.upload')}</Button>
          </Upload>
        )}
      </Card>
      <AnswerModal petition={p} open={answering} onClose={() => setAnswering(false)} />
    </Card>
  );
}
