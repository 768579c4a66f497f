import { AutoComplete, Button, DatePicker, Form, Input, InputNumber } from 'antd';
import { SearchOutlined } from '@ant-design/icons';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import type { AuditFilter } from './audit.api';
import { entityTypeLabel, knownEntityTypes } from './audit-labels';

interface Values {
  entityType?: string;
  entityId?: string;
  action?: string;
  actorId?: number | null;
  range?: [Dayjs | null, Dayjs | null] | null;
}

function toValues(filter: AuditFilter): Values {
  return {
    entityType: filter.entityType,
    entityId: filter.entityId,
    action: filter.action,
    actorId: filter.actorId,
    range:
      filter.from || filter.to ? [filter.from ? dayjs(filter.from) : null, filter.to ? dayjs(filter.to) : null] : null,
  };
}

function toFilter(values: Values): AuditFilter {
  const [from, to] = values.range ?? [null, null];
  return {
    entityType: values.entityType?.trim() || undefined,
    entityId: values.entityId?.trim() || undefined,
    action: values.action?.trim() || undefined,
    actorId: values.actorId ?? undefined,
    from: from?.format('YYYY-MM-DD'),
    to: to?.format('YYYY-MM-DD'),
  };
}

export function AuditFilters({ value, onSearch }: { value: AuditFilter; onSearch: (filter: AuditFilter) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Values>();

  return (
    <Form<Values>
      form={form}
      layout="inline"
      initialValues={toValues(value)}
      onFinish={(values) => onSearch(toFilter(values))}
      style={{ rowGap: 12, marginBottom: 16 }}
    >
      <Form.Item name="entityType" label={t('audit.fields.entityType')}>
        <AutoComplete
          allowClear
          style={{ width: 220 }}
          options={knownEntityTypes.map((type) => ({ value: type, label: `${entityTypeLabel(t, type)} (${type})` }))}
        />
      </Form.Item>
      <Form.Item name="entityId" label={t('audit.fields.entityId')}>
        <Input allowClear style={{ width: 120 }} maxLength={64} />
      </Form.Item>
      <Form.Item name="action" label={t('audit.fields.action')}>
        <Input allowClear style={{ width: 180 }} maxLength={64} />
      </Form.Item>
      <Form.Item name="actorId" label={t('audit.fields.actorId')}>
        <InputNumber min={1} precision={0} style={{ width: 110 }} />
      </Form.Item>
      <Form.Item name="range" label={t('audit.fields.period')}>
        <DatePicker.RangePicker format="DD/MM/YYYY" allowEmpty={[true, true]} />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" icon={<SearchOutlined />} data-testid="audit-search">
          {t('common.search')}
        </Button>
      </Form.Item>
      <Form.Item>
        <Button
          onClick={() => {
            form.setFieldsValue({
              entityType: undefined,
              entityId: undefined,
              action: undefined,
              actorId: null,
              range: null,
            });
            onSearch({});
          }}
        >
          {t('common.reset')}
        </Button>
      </Form.Item>
    </Form>
  );
}
