import { App, Button, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { campaignKinds, indicatorKeys, type CampaignDetail, type CreateCampaignInput } from '@congdoan/domain';
import { errorText } from '../../api/client';
import { useCurrentUser } from '../auth/current-user';
import { UnitTreeSelect } from '../org-units/UnitTreeSelect';
import { campaignKeys, createCampaign, updateCampaign } from './campaigns.api';
import { DateInput } from '../../ui/DateInputs';
import { showApiErrorOnFields } from '../../ui/form-errors';
import { todayIso } from '../../ui/today';

type Values = Omit<CreateCampaignInput, 'themes'> & { themes: string };

/** Create a plan, or (`editing`) change the plan's wording and dates: its unit, kind and activities stay. */
export function CreateCampaignModal({
  open,
  onClose,
  editing,
}: {
  open: boolean;
  onClose: () => void;
  editing?: CampaignDetail;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const navigate = useNavigate();
  const qc = useQueryClient();
  const create = useMutation({
    mutationFn: (v: Values) => {
      const themes = v.themes
        .split('\n')
        .map((s) => s.trim())
        .filter(Boolean);
      if (editing) {
        const { title, year, startsOn, endsOn } = v;
        return updateCampaign(editing.id, {
          title,
          year,
          startsOn,
          endsOn,
          themes,
          reportDueOn: v.reportDueOn || null,
        });
      }
      return createCampaign({ ...v, themes, reportDueOn: v.reportDueOn || null });
    },
    onSuccess: (c) => {
      void qc.invalidateQueries({ queryKey: campaignKeys.all });
      onClose();
      void navigate(`/campaigns/${c.id}`);
    },
    // An error about one field sits beside it (scrolled into view); others show as a message.
    onError: (e) => {
      if (!showApiErrorOnFields(form, e, (p) => (p[0] === 'themes' ? ['themes'] : p))) void message.error(errorText(e));
    },
  });
  const year = Number(todayIso().slice(0, 4));
  const me = useCurrentUser();
  return (
    <Modal
      open={open}
      title={editing ? t('campaigns.edit.title') : t('campaigns.create.title')}
      onCancel={onClose}
      onOk={() => form.submit()}
      okText={editing ? t('campaigns.edit.submit') : t('campaigns.create.submit')}
      okButtonProps={{ loading: create.isPending, 'data-testid': 'campaign-submit' }}
      width={720}
      destroyOnHidden
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(v) => create.mutate(v)}
        scrollToFirstError={{ behavior: 'smooth', block: 'center', focus: true }}
        initialValues={
          editing
            ? { ...editing, themes: editing.themes.join('\n'), activities: [] }
            : {
                unitId: me.roles[0]?.unitId,
                kind: 'workers_month',
                year,
                startsOn: `${year}-05-01`,
                endsOn: `${year}-05-31`,
                activities: [{ title: '', indicators: ['participants', 'giftsVnd'] }],
              }
        }
      >
        {!editing && (
          <Form.Item name="unitId" label={t('campaigns.fields.unit')} rules={[{ required: true }]}>
            <UnitTreeSelect />
          </Form.Item>
        )}
        <Space wrap>
          {!editing && (
            <Form.Item name="kind" label={t('campaigns.fields.kind')} rules={[{ required: true }]}>
              <Select
                style={{ width: 260 }}
                options={campaignKinds.map((k) => ({ value: k, label: t(`campaigns.kinds.${k}`) }))}
              />
            </Form.Item>
          )}
          <Form.Item name="year" label={t('campaigns.fields.year')} rules={[{ required: true }]}>
            <InputNumber min={2000} max={2100} />
          </Form.Item>
        </Space>
        <Form.Item name="title" label={t('campaigns.fields.title')} rules={[{ required: true }]}>
          <Input data-testid="campaign-title" />
        </Form.Item>
        <Space wrap>
          <Form.Item name="startsOn" label={t('campaigns.fields.startsOn')} rules={[{ required: true }]}>
            <DateInput />
          </Form.Item>
          <Form.Item name="endsOn" label={t('campaigns.fields.endsOn')} rules={[{ required: true }]}>
            <DateInput />
          </Form.Item>
          <Form.Item name="reportDueOn" label={t('campaigns.fields.reportDueOn')}>
            <DateInput data-testid="campaign-due" />
          </Form.Item>
        </Space>
        <Form.Item
          name="themes"
          label={t('campaigns.fields.themes')}
          extra={t('campaigns.create.themesHint')}
          rules={[{ required: true }]}
        >
          <Input.TextArea rows={2} data-testid="campaign-themes" />
        </Form.Item>
        {!editing && (
          <Form.List name="activities">
            {(fields, { add, remove }) => (
              <>
                {fields.map((field, i) => (
                  <Space key={field.key} align="start" wrap>
                    <Form.Item
                      name={[field.name, 'title']}
                      rules={[{ required: true }]}
                      label={i === 0 ? t('campaigns.fields.activity') : undefined}
                    >
                      <Input style={{ width: 300 }} data-testid={`campaign-activity-${i}`} />
                    </Form.Item>
                    <Form.Item
                      name={[field.name, 'indicators']}
                      label={i === 0 ? t('campaigns.fields.indicators') : undefined}
                    >
                      <Select
                        mode="multiple"
                        style={{ width: 300 }}
                        options={indicatorKeys.map((k) => ({ value: k, label: t(`campaigns.indicators.${k}`) }))}
                      />
                    </Form.Item>
                    <MinusCircleOutlined onClick={() => remove(field.name)} style={{ marginTop: i === 0 ? 38 : 8 }} />
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ title: '', indicators: [] })}>
                  {t('campaigns.create.addActivity')}
                </Button>
              </>
            )}
          </Form.List>
        )}
      </Form>
    </Modal>
  );
}
