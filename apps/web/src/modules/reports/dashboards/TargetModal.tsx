import { App, Form, InputNumber, Modal } from 'antd';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../../api/client';
import { showApiErrorOnFields } from '../../../ui/form-errors';
import { saveTarget } from './dashboards.api';

type Props = {
  unitId: number;
  year: number;
  indicator: { key: string; name: string; unit: 'count' | 'vnd' | 'percent' };
  current: number | null;
  onClose: () => void;
};

/** Sets or changes the year's target of one indicator; the server's refusals land beside the field. */
export function TargetModal({ unitId, year, indicator, current, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ target: number }>();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: (target: number) => saveTarget(unitId, { year, indicator: indicator.key, target }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['dashboards', unitId] });
      message.success(t('reports.dashboard.targetSaved'));
      onClose();
    },
    onError: (error) => {
      if (!showApiErrorOnFields(form, error)) message.error(errorText(error));
    },
  });
  return (
    <Modal
      open
      title={t('reports.dashboard.targetTitle', { name: indicator.name, year })}
      okText={t('reports.dashboard.save')}
      cancelText={t('reports.dashboard.cancel')}
      onCancel={onClose}
      onOk={() => form.submit()}
      confirmLoading={save.isPending}
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ target: current ?? undefined }}
        onFinish={(v) => save.mutate(v.target)}
      >
        <Form.Item
          name="target"
          label={t('reports.dashboard.target')}
          rules={[{ required: true, message: t('reports.dashboard.required') }]}
        >
          <InputNumber style={{ width: '100%' }} decimalSeparator="," data-testid="target-input" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
