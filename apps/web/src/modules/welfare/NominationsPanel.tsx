import { useState } from 'react';
import { App, Button, Form, Input, InputNumber, List, Modal, Select, Space, Switch, Tag, Typography } from 'antd';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { PrinterOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { formatMoneyVN, Permission, type NominationRow, type ProgrammeDetail } from '@congdoan/domain';
import { errorText } from '../../api/client';
import { useCurrentUser } from '../auth/current-user';
import { PersonSelect } from '../members/PersonSelect';
import { UnitTreeSelect } from '../org-units/UnitTreeSelect';
import { BenefitsPanel } from './BenefitsPanel';
import { HandoutDialog } from './HandoutDialog';
import { NominationFiles } from './NominationFiles';
import {
  editNomination,
  fetchNominations,
  nominate,
  reviewNomination,
  submitNomination,
  welfareKeys,
  type NominationInput,
} from './welfare.api';

const statusColour: Record<string, string> = {
  draft: 'default',
  submitted: 'blue',
  approved_at_level: 'cyan',
  returned: 'orange',
  refused: 'red',
  approved: 'green',
  handed_out: 'purple',
};

type DialogValues = {
  unitId: number;
  nonMember?: boolean;
  personId?: number;
  fullName?: string;
  cccd?: string;
  phone?: string;
  reason: string;
  hardshipCategory?: string | null;
  amountVnd?: number | null;
  comment?: string;
};

type Dialog =
  | { kind: 'nominate' }
  | { kind: 'edit'; row: NominationRow }
  | { kind: 'review'; row: NominationRow; decision: 'return' | 'refuse' };

/**
 * The programme's nominations in the official's units: nominate (a member through the person picker, with
 * that person's benefits shown beside, or a non-member), send up, review, record the hand-out.
 * The server decides who may act at which level; its refusal is shown as it words it.
 */
export function NominationsPanel({ programme }: { programme: ProgrammeDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const me = useCurrentUser();
  const canWrite = me.permissions.includes(Permission.WelfareWrite);
  // Attachments are hardship evidence: only for those who may see personal data.
  const canSeeFiles = me.permissions.includes(Permission.PersonalDataRead);
  const list = useQuery({
    queryKey: welfareKeys.nominations(programme.id),
    queryFn: () => fetchNominations(programme.id),
  });
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [opened, setOpened] = useState<number | null>(null);
  const [handout, setHandout] = useState<{ row: NominationRow; editing: boolean } | null>(null);
  const [form] = Form.useForm<DialogValues>();
  const refresh = () => {
    void qc.invalidateQueries({ queryKey: welfareKeys.all });
    setDialog(null);
    form.resetFields();
  };
  const act = useMutation({
    mutationFn: (run: () => Promise<unknown>) => run(),
    onSuccess: (r) => {
      if ((r as { capWarning?: boolean }).capWarning) void message.warning(t('welfare.nomination.capWarning'));
      else void message.success(t('welfare.saved'));
      refresh();
    },
    onError: (e) => void message.error(errorText(e)),
  });
  const personId = Form.useWatch('personId', form);
  const nonMember = Form.useWatch('nonMember', form);
  const required = [{ required: true, message: t('welfare.required') }];

  const onOk = async () => {
    const v = await form.validateFields();
    if (!dialog) return;
    if (dialog.kind === 'nominate') {
      const body: NominationInput = nonMember
        ? { unitId: v.unitId, fullName: v.fullName, cccd: v.cccd, phone: v.phone || null, reason: v.reason }
        : { unitId: v.unitId, personId: v.personId, reason: v.reason };
      act.mutate(() =>
        nominate(programme.id, {
          ...body,
          hardshipCategory: v.hardshipCategory ?? null,
          amountVnd: v.amountVnd ?? null,
        }),
      );
    } else if (dialog.kind === 'edit') {
      act.mutate(() =>
        editNomination(dialog.row.id, {
          reason: v.reason,
          hardshipCategory: v.hardshipCategory ?? null,
          amountVnd: v.amountVnd ?? 0,
        }),
      );
    } else {
      act.mutate(() => reviewNomination(dialog.row.id, dialog.decision, v.comment));
    }
  };

  const open = (d: Dialog) => {
    form.resetFields();
    if (d.kind === 'edit')
      form.setFieldsValue({
        reason: d.row.reason,
        hardshipCategory: d.row.hardshipCategory,
        amountVnd: d.row.amountVnd,
      });
    setDialog(d);
  };
  const categories = programme.hardshipCategories.map((c) => ({ value: c, label: c }));
  const titles: Record<Dialog['kind'], string> = {
    nominate: t('welfare.nomination.add'),
    edit: t('welfare.nomination.edit'),
    review: t('welfare.nomination.comment'),
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {canWrite && (
        <Button type="primary" onClick={() => open({ kind: 'nominate' })} data-testid="nomination-add">
          {t('welfare.nomination.add')}
        </Button>
      )}
      <List
        loading={list.isLoading}
        dataSource={list.data?.items ?? []}
        renderItem={(n) => (
          <List.Item key={n.id} data-testid={`nomination-${n.id}`}>
            <Space direction="vertical" style={{ width: '100%' }}>
              <Space wrap>
                <Typography.Text strong>{n.fullName}</Typography.Text>
                <Tag color={statusColour[n.status]}>{t(`welfare.status.${n.status}`)}</Tag>
                {n.source !== 'official' && <Tag>{t(`welfare.sourceTag.${n.source}`)}</Tag>}
                <span>{formatMoneyVN(n.amountVnd)}</span>
              </Space>
              <Typography.Text type="secondary">
                {n.unitName}
                {n.hardshipCategory ? ` · ${n.hardshipCategory}` : ''} · {n.reason}
              </Typography.Text>
              {n.levelUnitName && <span>{t('welfare.nomination.level', { unit: n.levelUnitName })}</span>}
              {n.lastComment && <Typography.Text type="warning">{n.lastComment}</Typography.Text>}
              {canSeeFiles && <NominationFiles nomination={n} canWrite={canWrite} />}
              {(canWrite || n.status === 'handed_out') && (
                <Space wrap>
                  {n.status === 'handed_out' && (
                    <Button
                      size="small"
                      icon={<PrinterOutlined />}
                      href={`/api/welfare/nominations/${n.id}/handout/receipt.pdf`}
                      data-testid={`receipt-${n.id}`}
                    >
                      {t('welfare.handout.receipt')}
                    </Button>
                  )}
                  {canWrite && (
                    <>
                      {(n.status === 'draft' || n.status === 'returned') && (
                        <>
                          <Button size="small" onClick={() => open({ kind: 'edit', row: n })}>
                            {t('welfare.nomination.edit')}
                          </Button>
                          <Button size="small" type="primary" onClick={() => act.mutate(() => submitNomination(n.id))}>
                            {t('welfare.nomination.submit')}
                          </Button>
                        </>
                      )}
                      {(n.status === 'submitted' || n.status === 'approved_at_level') && (
                        <>
                          <Button
                            size="small"
                            type="primary"
                            onClick={() => act.mutate(() => reviewNomination(n.id, 'approve'))}
                            data-testid={`approve-${n.id}`}
                          >
                            {t('welfare.nomination.approve')}
                          </Button>
                          <Button size="small" onClick={() => open({ kind: 'review', row: n, decision: 'return' })}>
                            {t('welfare.nomination.return')}
                          </Button>
                          <Button
                            size="small"
                            danger
                            onClick={() => open({ kind: 'review', row: n, decision: 'refuse' })}
                          >
                            {t('welfare.nomination.refuse')}
                          </Button>
                        </>
                      )}
                      {n.status === 'approved' && (
                        <Button
                          size="small"
                          onClick={() => setHandout({ row: n, editing: false })}
                          data-testid={`handout-${n.id}`}
                        >
                          {t('welfare.nomination.handout')}
                        </Button>
                      )}
                      {n.status === 'handed_out' && (
                        <Button size="small" onClick={() => setHandout({ row: n, editing: true })}>
                          {t('welfare.handout.edit')}
                        </Button>
                      )}
                      {n.personId && (
                        <Button size="small" onClick={() => setOpened(opened === n.id ? null : n.id)}>
                          {t('welfare.nomination.benefits')}
                        </Button>
                      )}
                    </>
                  )}
                </Space>
              )}
              {n.personId && opened === n.id && <BenefitsPanel personId={n.personId} />}
            </Space>
          </List.Item>
        )}
      />
      <Modal
        open={!!dialog}
        title={dialog ? titles[dialog.kind] : ''}
        onCancel={() => setDialog(null)}
        onOk={() => void onOk()}
        confirmLoading={act.isPending}
        destroyOnHidden
        width={560}
      >
        <Form form={form} layout="vertical" preserve={false}>
          {dialog?.kind === 'nominate' && (
            <>
              <Form.Item name="unitId" label={t('welfare.nomination.unit')} rules={required}>
                <UnitTreeSelect />
              </Form.Item>
              {programme.nonMembersAllowed && (
                <Form.Item name="nonMember" label={t('welfare.nomination.nonMember')} valuePropName="checked">
                  <Switch />
                </Form.Item>
              )}
              {nonMember ? (
                <>
                  <Form.Item name="fullName" label={t('welfare.nomination.fullName')} rules={required}>
                    <Input maxLength={200} />
                  </Form.Item>
                  <Form.Item name="cccd" label={t('welfare.nomination.cccd')} rules={required}>
                    <Input maxLength={12} inputMode="numeric" />
                  </Form.Item>
                  <Form.Item name="phone" label={t('welfare.nomination.phone')}>
                    <Input maxLength={10} inputMode="tel" />
                  </Form.Item>
                </>
              ) : (
                <Form.Item name="personId" label={t('welfare.nomination.person')} rules={required}>
                  <PersonSelect data-testid="nomination-person" />
                </Form.Item>
              )}
              {!nonMember && personId && <BenefitsPanel personId={personId} />}
            </>
          )}
          {(dialog?.kind === 'nominate' || dialog?.kind === 'edit') && (
            <>
              <Form.Item name="reason" label={t('welfare.nomination.reason')} rules={required}>
                <Input.TextArea rows={2} maxLength={2000} />
              </Form.Item>
              {categories.length > 0 && (
                <Form.Item name="hardshipCategory" label={t('welfare.nomination.category')}>
                  <Select options={categories} allowClear />
                </Form.Item>
              )}
              <Form.Item
                name="amountVnd"
                label={t('welfare.nomination.amount')}
                rules={dialog.kind === 'edit' ? required : []}
              >
                <InputNumber
                  min={0}
                  step={100000}
                  placeholder={String(programme.benefitVnd)}
                  style={{ width: '100%' }}
                />
              </Form.Item>
            </>
          )}
          {dialog?.kind === 'review' && (
            <Form.Item name="comment" label={t('welfare.nomination.comment')} rules={required}>
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
          )}
        </Form>
      </Modal>
      {handout && (
        <HandoutDialog
          programme={programme}
          row={handout.row}
          editing={handout.editing}
          onClose={() => setHandout(null)}
        />
      )}
    </Space>
  );
}
