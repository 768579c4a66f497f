import { App, Checkbox, Form, Input, Modal, Select } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { indicatorKeys, type ActivityInput, type CampaignDetail } from '@congdoan/domain';
import { errorText } from '../../api/client';
import { addActivity, campaignKeys, updateActivity } from './campaigns.api';

/** A unit adds its own activity (or model) to its copy, or (`editing`) changes one of its own. */
export function AddActivityModal(props: {
  open: boolean;
  onClose: () => void;
  campaignId: number;
  editing?: CampaignDetail['activities'][number] | null;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [form] = Form.useForm<ActivityInput>();
  const add = useMutation({
    mutationFn: (v: ActivityInput) =>
      props.editing ? updateActivity(props.campaignId, props.editing.id, v) : addActivity(props.campaignId, v),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: campaignKeys.all });
      props.onClose();
    },
    onError: (e) => void message.error(errorText(e)),
  });
  return (
    <Modal
      open={props.open}
      title={props.editing ? t('campaigns.edit.activity') : t('campaigns.addActivity')}
      okButtonProps={{ ...{ 'data-testid': 'activity-submit' } }}
      onCancel={props.onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form<ActivityInput>
        form={form}
        layout="vertical"
        onFinish={(v) => add.mutate(v)}
        initialValues={
          props.editing ? { ...props.editing, description: props.editing.description ?? undefined } : { indicators: [] }
        }
      >
        <Form.Item name="title" label={t('campaigns.fields.activity')} rules={[{ required: true }]}>
          <Input data-testid="activity-title" />
        </Form.Item>
        <Form.Item name="description" label={t('campaigns.fields.description')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Form.Item name="isModel" valuePropName="checked">
          <Checkbox>{t('campaigns.model')}</Checkbox>
        </Form.Item>
        <Form.Item name="indicators" label={t('campaigns.fields.indicators')}>
          <Select
            mode="multiple"
            options={indicatorKeys.map((k) => ({ value: k, label: t(`campaigns.indicators.${k}`) }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
