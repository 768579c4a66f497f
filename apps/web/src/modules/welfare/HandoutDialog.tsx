import { useEffect, useState } from 'react';
import { App, Button, DatePicker, Form, Input, InputNumber, Modal, Select, Space, Typography, Upload } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import {
  formatDateTimeVN,
  formatMoneyVN,
  handoutMethods,
  type NominationRow,
  type ProgrammeDetail,
} from '@congdoan/domain';
import { errorText } from '../../api/client';
import { fetchEvents } from '../events/events.api';
import {
  editHandout,
  fetchHandout,
  fetchSpending,
  handoutFileUrl,
  handoutKey,
  recordHandout,
  spendingKey,
  uploadHandoutFile,
  welfareKeys,
} from './welfare.api';

type Values = {
  method: string;
  amountVnd: number;
  fundingId?: number | null;
  voucherCode?: string;
  handedBy: string;
  place?: string;
  handedOn: Dayjs;
  eventId?: number | null;
  note?: string;
};
type Part = 'photo' | 'signature';

/**
 * Record or correct a hand-out: method (cash, transfer, in kind, e-voucher with its code), amount, the funding
 * source it draws on (with what each has left), who handed it over, where, when, at which event, and a photo
 * and an image of the recipient's signature (sent once the hand-out is saved). The server refuses beyond the
 * unit's budget or the source's remaining amount, and its message is shown as it words it.
 */
export function HandoutDialog(props: {
  programme: ProgrammeDetail;
  row: NominationRow;
  editing: boolean;
  onClose: () => void;
}) {
  const { programme, row, editing, onClose } = props;
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const [files, setFiles] = useState<Partial<Record<Part, File>>>({});
  const existing = useQuery({
    queryKey: handoutKey(row.id),
    queryFn: () => fetchHandout(row.id),
    enabled: editing,
  });
  const spending = useQuery({ queryKey: spendingKey(programme.id), queryFn: () => fetchSpending(programme.id) });
  const since = programme.handoutFrom ?? programme.nominationFrom;
  const events = useQuery({
    queryKey: ['events', 'list', { from: since }],
    queryFn: () => fetchEvents({ from: since }),
  });
  const method = Form.useWatch('method', form);

  useEffect(() => {
    const h = existing.data;
    if (editing && h)
      form.setFieldsValue({
        ...h,
        place: h.place ?? '',
        voucherCode: h.voucherCode ?? '',
        note: h.note ?? '',
        handedOn: dayjs(h.handedOn),
      });
    if (!editing) form.setFieldsValue({ method: 'cash', amountVnd: row.amountVnd, handedOn: dayjs() });
  }, [editing, existing.data, form, row.amountVnd]);

  const save = useMutation({
    mutationFn: async (v: Values) => {
      const body = {
        method: v.method,
        amountVnd: v.amountVnd,
        handedBy: v.handedBy,
        place: v.place || null,
        handedOn: v.handedOn.format('YYYY-MM-DD'),
        eventId: v.eventId ?? null,
        fundingId: v.fundingId ?? null,
        voucherCode: v.method === 'voucher' ? v.voucherCode || null : null,
        note: v.note || null,
      };
      await (editing ? editHandout(row.id, body) : recordHandout(row.id, body));
      for (const part of ['photo', 'signature'] as const) {
        const file = files[part];
        if (file) await uploadHandoutFile(row.id, part, file);
      }
    },
    onSuccess: () => {
      void message.success(t('welfare.saved'));
      void qc.invalidateQueries({ queryKey: welfareKeys.all });
      onClose();
    },
    onError: (e) => void message.error(errorText(e)),
  });

  const required = [{ required: true, message: t('welfare.required') }];
  const sources = (spending.data?.sources ?? []).map((s) => ({
    value: s.id,
    label: t('welfare.handout.sourceLeft', {
      source: s.sponsorName || t(`welfare.source.${s.sourceKind}`),
      left: formatMoneyVN(s.remainingVnd),
    }),
  }));
  const upload = (part: Part) => (
    <Space wrap>
      <Upload
        accept=".jpg,.jpeg,.png"
        maxCount={1}
        beforeUpload={(file) => {
          setFiles((f) => ({ ...f, [part]: file }));
          return false;
        }}
        onRemove={() => setFiles((f) => ({ ...f, [part]: undefined }))}
      >
        <Button icon={<UploadOutlined />} data-testid={`handout-${part}`}>
          {t(`welfare.handout.${part}`)}
        </Button>
      </Upload>
      {existing.data?.[part === 'photo' ? 'photoName' : 'signatureName'] && (
        <a href={handoutFileUrl(row.id, part)} target="_blank" rel="noreferrer">
          {existing.data[part === 'photo' ? 'photoName' : 'signatureName']}
        </a>
      )}
    </Space>
  );

  return (
    <Modal
      open
      title={`${t(editing ? 'welfare.handout.edit' : 'welfare.nomination.handout')}: ${row.fullName}`}
      onCancel={onClose}
      onOk={() => void form.validateFields().then((v) => save.mutate(v))}
      okButtonProps={{ 'data-testid': 'handout-save' }}
      confirmLoading={save.isPending}
      destroyOnHidden
      width={560}
    >
      <Form form={form} layout="vertical" preserve={false}>
        <Space wrap style={{ width: '100%' }}>
          <Form.Item name="method" label={t('welfare.nomination.method')} rules={required}>
            <Select
              style={{ minWidth: 180 }}
              options={handoutMethods.map((m) => ({ value: m, label: t(`welfare.method.${m}`) }))}
            />
          </Form.Item>
          <Form.Item name="amountVnd" label={t('welfare.nomination.amount')} rules={required}>
            <InputNumber min={0} step={100000} style={{ width: 180 }} />
          </Form.Item>
        </Space>
        {method === 'voucher' && (
          <Form.Item name="voucherCode" label={t('welfare.handout.voucherCode')} rules={required}>
            <Input maxLength={100} />
          </Form.Item>
        )}
        {sources.length > 0 && (
          <Form.Item name="fundingId" label={t('welfare.handout.source')} extra={t('welfare.handout.sourceHint')}>
            <Select options={sources} allowClear data-testid="handout-source" />
          </Form.Item>
        )}
        <Form.Item name="handedBy" label={t('welfare.nomination.handedBy')} rules={required}>
          <Input maxLength={200} data-testid="handout-by" />
        </Form.Item>
        <Form.Item name="place" label={t('welfare.nomination.place')}>
          <Input maxLength={300} />
        </Form.Item>
        <Form.Item name="handedOn" label={t('welfare.nomination.handedOn')} rules={required}>
          <DatePicker format="DD/MM/YYYY" style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item name="eventId" label={t('welfare.handout.event')}>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            options={(events.data?.items ?? []).map((e) => ({
              value: e.id,
              label: `${e.title} (${formatDateTimeVN(e.startsAt)})`,
            }))}
          />
        </Form.Item>
        <Form.Item name="note" label={t('welfare.handout.note')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
        <Typography.Text type="secondary">{t('welfare.handout.proof')}</Typography.Text>
        <Space direction="vertical" style={{ marginTop: 8 }}>
          {upload('photo')}
          {upload('signature')}
        </Space>
      </Form>
    </Modal>
  );
}
