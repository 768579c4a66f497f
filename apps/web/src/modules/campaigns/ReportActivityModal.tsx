import { App, Form, Input, InputNumber, Modal, Switch, Upload, Button } from 'antd';
import { UploadOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CampaignDetail } from '@congdoan/domain';
import { errorText } from '../../api/client';
import { campaignKeys, reportActivity, uploadReportFile } from './campaigns.api';
import { DateInput } from '../../ui/DateInputs';

type Activity = CampaignDetail['activities'][number];
type Values = { done: boolean; doneOn?: string; notes?: string; indicators: Record<string, number | null> };

/** A unit's report on one activity: done, date, the indicator numbers, notes, photos or files. */
export function ReportActivityModal(props: { campaignId: number; activity: Activity | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<Values>();
  const a = props.activity;
  const save = useMutation({
    mutationFn: (v: Values) =>
      reportActivity(props.campaignId, a!.id, {
        done: v.done,
        doneOn: v.doneOn || null,
        notes: v.notes || null,
        indicators: Object.fromEntries(
          Object.entries(v.indicators ?? {}).filter((e): e is [string, number] => typeof e[1] === 'number'),
        ),
      }),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: campaignKeys.all });
      void message.success(t('campaigns.report.saved'));
      props.onClose();
    },
    onError: (e) => void message.error(errorText(e)),
  });
  const upload = useMutation({
    mutationFn: (file: File) => uploadReportFile(props.campaignId, a!.id, file),
    onSuccess: () => void qc.invalidateQueries({ queryKey: campaignKeys.all }),
    onError: (e) => void message.error(errorText(e)),
  });
  return (
    <Modal
      open={!!a}
      title={a?.title}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      okText={t('campaigns.report.submit')}
      okButtonProps={{ loading: save.isPending, 'data-testid': 'report-submit' }}
      destroyOnHidden
    >
      {a && (
        <Form<Values>
          form={form}
          layout="vertical"
          onFinish={(v) => save.mutate(v)}
          initialValues={{
            done: a.report?.done ?? true,
            doneOn: a.report?.doneOn ?? undefined,
            notes: a.report?.notes ?? undefined,
            indicators: a.report?.indicators ?? {},
          }}
        >
          <Form.Item name="done" label={t('campaigns.report.done')} valuePropName="checked">
            <Switch data-testid="report-done" />
          </Form.Item>
          <Form.Item name="doneOn" label={t('campaigns.report.doneOn')}>
            <DateInput />
          </Form.Item>
          {a.indicators.map((k) => (
            <Form.Item key={k} name={['indicators', k]} label={t(`campaigns.indicators.${k}`)}>
              <InputNumber style={{ width: 220 }} data-testid={`report-${k}`} />
            </Form.Item>
          ))}
          <Form.Item name="notes" label={t('campaigns.report.notes')}>
            <Input.TextArea rows={3} />
          </Form.Item>
          <Upload
            showUploadList={false}
            accept=".jpg,.jpeg,.png,.pdf,.docx,.xlsx"
            customRequest={({ file }) => upload.mutate(file as File)}
          >
            <Button icon={<UploadOutlined />} loading={upload.isPending}>
              {t('campaigns.report.attach')}
            </Button>
          </Upload>
        </Form>
      )}
    </Modal>
  );
}
