import { Alert, App, Button, Card, Checkbox, Form, Input, InputNumber, Select, Space, Switch, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { eventKinds, type EventDetail, type EventInput } from '@congdoan/domain';
import { errorText } from '../../api/client';
import { useCurrentUser } from '../auth/current-user';
import { campaignKeys, fetchCampaign, fetchCampaigns } from '../campaigns/campaigns.api';
import { UnitTreeSelect } from '../org-units/UnitTreeSelect';
import { createEvent, eventKeys, fetchEvent, updateEvent } from './events.api';
import { EventPlaceFields } from './EventPlaceFields';
import { showApiErrorOnFields } from '../../ui/form-errors';
import { DateTimeInput } from '../../ui/DateInputs';

type Values = Omit<EventInput, 'coOrganisers' | 'registration'> & {
  coOrganisers?: string;
  registrationOn: boolean;
  registration?: NonNullable<EventInput['registration']>;
};

/** The pickers' wall-clock values are read as Vietnam time (UTC+7, no daylight saving). */
const vnTime = (local?: string | null) => (local ? `${local.length === 16 ? `${local}:00` : local}+07:00` : null);
/** …and an instant shown back in one, as Vietnam time. */
const vnLocal = (iso: string | null) =>
  iso ? new Date(new Date(iso).getTime() + 7 * 3600_000).toISOString().slice(0, 16) : undefined;

/** The form's values for an event being edited: the same fields the create form fills. */
function valuesOf(e: EventDetail): Values {
  return {
    unitId: e.unitId,
    title: e.title,
    kind: e.kind,
    campaignId: e.campaignId,
    activityId: e.activityId,
    startsAt: vnLocal(e.startsAt)!,
    endsAt: vnLocal(e.endsAt)!,
    placeAddress: e.placeAddress,
    placeProvinceCode: e.placeProvinceCode,
    placeCommuneCode: e.placeCommuneCode,
    placeCodeVersion: e.placeCodeVersion,
    industrialZoneUnitId: e.industrialZoneUnitId,
    coOrganisers: e.coOrganisers.join('\n'),
    sponsors: e.sponsors,
    budgetVnd: e.budgetVnd,
    spentVnd: e.spentVnd,
    description: e.description,
    registrationOn: e.registrationEnabled,
    registration: {
      capacity: e.capacity ?? 50,
      waitlist: e.waitlistEnabled,
      opensAt: vnLocal(e.opensAt),
      closesAt: vnLocal(e.closesAt),
      eligibleUnitId: e.eligibleUnitId,
      membersOnly: e.membersOnly,
      quotas: [],
    },
  };
}

/** Create an event, or (route events/:id/edit) change one: the organiser, campaign and quotas stay as created. */
export function EventFormPage() {
  const editId = Number(useParams().id) || undefined;
  const editing = useQuery({
    queryKey: eventKeys.one(editId ?? 0),
    queryFn: () => fetchEvent(editId!),
    enabled: !!editId,
  });
  if (editId && editing.isError) return <Alert type="error" title={errorText(editing.error)} />;
  if (editId && !editing.data) return <Card loading />;
  return <EventForm editing={editing.data} />;
}

function EventForm({ editing }: { editing: EventDetail | undefined }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const [params] = useSearchParams();
  const campaignParam = Number(params.get('campaignId')) || undefined;
  const [form] = Form.useForm<Values>();
  const qc = useQueryClient();
  const campaignId = Form.useWatch('campaignId', form) ?? campaignParam;
  const registrationOn = Form.useWatch('registrationOn', form);
  const campaigns = useQuery({ queryKey: campaignKeys.list({}), queryFn: () => fetchCampaigns({}) });
  const campaign = useQuery({
    queryKey: campaignKeys.one(campaignId ?? 0),
    queryFn: () => fetchCampaign(campaignId!),
    enabled: !!campaignId,
  });
  const create = useMutation({
    mutationFn: (v: Values) => {
      const { registrationOn: on, registration, coOrganisers, ...rest } = v;
      if (editing) {
        const { unitId: _u, campaignId: _c, activityId: _a, ...changes } = rest;
        const { quotas: _q, ...settings } = registration ?? { capacity: 0 };
        return updateEvent(editing.id, {
          ...changes,
          startsAt: vnTime(v.startsAt)!,
          endsAt: vnTime(v.endsAt)!,
          coOrganisers: (coOrganisers ?? '')
            .split('\n')
            .map((s) => s.trim())
            .filter(Boolean),
          registration: on
            ? { ...settings, opensAt: vnTime(settings.opensAt), closesAt: vnTime(settings.closesAt) }
            : null,
        });
      }
      return createEvent({
        ...rest,
        startsAt: vnTime(v.startsAt)!,
        endsAt: vnTime(v.endsAt)!,
        coOrganisers: (coOrganisers ?? '')
          .split('\n')
          .map((s) => s.trim())
          .filter(Boolean),
        registration:
          on && registration
            ? { ...registration, opensAt: vnTime(registration.opensAt), closesAt: vnTime(registration.closesAt) }
            : null,
      });
    },
    onSuccess: (e) => {
      void qc.invalidateQueries({ queryKey: eventKeys.all });
      void navigate(`/events/${e.id}`);
    },
    // An error about one field sits beside it (scrolled into view); others show as a message.
    onError: (e) => {
      if (!showApiErrorOnFields(form, e, (p) => (p[0] === 'coOrganisers' ? ['coOrganisers'] : p)))
        void message.error(errorText(e));
    },
  });
  return (
    <Card>
      <Typography.Title level={3}>{editing ? t('events.edit.title') : t('events.create.title')}</Typography.Title>
      <Form<Values>
        form={form}
        layout="vertical"
        style={{ maxWidth: 860 }}
        onFinish={(v) => create.mutate(v)}
        scrollToFirstError={{ behavior: 'smooth', block: 'center', focus: true }}
        initialValues={
          editing
            ? valuesOf(editing)
            : {
                unitId: me.roles[0]?.unitId,
                kind: 'health_check',
                campaignId: campaignParam,
                registrationOn: false,
                sponsors: [],
                registration: { capacity: 50, waitlist: true, membersOnly: false, quotas: [] },
              }
        }
      >
        <Form.Item name="title" label={t('events.fields.title')} rules={[{ required: true }]}>
          <Input data-testid="event-title" />
        </Form.Item>
        <Space wrap>
          <Form.Item name="kind" label={t('events.fields.kind')} rules={[{ required: true }]}>
            <Select
              style={{ width: 260 }}
              options={eventKinds.map((k) => ({ value: k, label: t(`events.kinds.${k}`) }))}
            />
          </Form.Item>
          {editing ? (
            <Form.Item label={t('events.fields.unit')}>
              <Input disabled value={editing.unitName} style={{ width: 320 }} />
            </Form.Item>
          ) : (
            <Form.Item name="unitId" label={t('events.fields.unit')} rules={[{ required: true }]}>
              <UnitTreeSelect />
            </Form.Item>
          )}
        </Space>
        <Space wrap>
          <Form.Item name="campaignId" label={t('events.fields.campaign')}>
            <Select
              disabled={!!editing}
              allowClear
              style={{ width: 320 }}
              options={(campaigns.data?.items ?? []).map((c) => ({ value: c.id, label: `${c.title} — ${c.unitName}` }))}
            />
          </Form.Item>
          <Form.Item name="activityId" label={t('events.fields.activity')}>
            <Select
              disabled={!!editing}
              allowClear
              style={{ width: 320 }}
              options={(campaign.data?.activities ?? []).map((a) => ({ value: a.id, label: a.title }))}
            />
          </Form.Item>
        </Space>
        <Space wrap>
          <Form.Item name="startsAt" label={t('events.fields.startsAt')} rules={[{ required: true }]}>
            <DateTimeInput data-testid="event-starts" />
          </Form.Item>
          <Form.Item name="endsAt" label={t('events.fields.endsAt')} rules={[{ required: true }]}>
            <DateTimeInput data-testid="event-ends" />
          </Form.Item>
        </Space>
        <Form.Item name="placeAddress" label={t('events.fields.place')}>
          <Input />
        </Form.Item>
        <EventPlaceFields form={form} />
        <Space wrap>
          <Form.Item name="industrialZoneUnitId" label={t('events.fields.zone')}>
            <UnitTreeSelect />
          </Form.Item>
        </Space>
        <Form.Item name="coOrganisers" label={t('events.fields.coOrganisers')} extra={t('events.create.linesHint')}>
          <Input.TextArea rows={2} />
        </Form.Item>
        <Typography.Text strong>{t('events.fields.sponsors')}</Typography.Text>
        <Form.List name="sponsors">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} align="baseline" wrap>
                  <Form.Item name={[f.name, 'name']} rules={[{ required: true }]}>
                    <Input placeholder={t('events.fields.sponsorName')} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'cashVnd']}>
                    <InputNumber min={0} placeholder={t('events.fields.cashVnd')} style={{ width: 180 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'inKind']}>
                    <Input placeholder={t('events.fields.inKind')} />
                  </Form.Item>
                  <MinusCircleOutlined onClick={() => remove(f.name)} />
                </Space>
              ))}
              <Button
                type="dashed"
                icon={<PlusOutlined />}
                onClick={() => add({ name: '' })}
                style={{ marginBottom: 16 }}
              >
                {t('events.create.addSponsor')}
              </Button>
            </>
          )}
        </Form.List>
        <Space wrap>
          <Form.Item name="budgetVnd" label={t('events.fields.budget')}>
            <InputNumber min={0} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="spentVnd" label={t('events.fields.spent')}>
            <InputNumber min={0} style={{ width: 200 }} />
          </Form.Item>
        </Space>
        <Form.Item name="description" label={t('events.fields.description')}>
          <Input.TextArea rows={3} />
        </Form.Item>
        <Form.Item name="registrationOn" label={t('events.fields.registration')} valuePropName="checked">
          <Switch data-testid="event-registration" />
        </Form.Item>
        {registrationOn && (
          <Card size="small" style={{ marginBottom: 16 }}>
            <Space wrap>
              <Form.Item
                name={['registration', 'capacity']}
                label={t('events.fields.capacity')}
                rules={[{ required: true }]}
              >
                <InputNumber min={0} data-testid="event-capacity" />
              </Form.Item>
              <Form.Item name={['registration', 'opensAt']} label={t('events.fields.opensAt')}>
                <DateTimeInput data-testid="event-opens" />
              </Form.Item>
              <Form.Item name={['registration', 'closesAt']} label={t('events.fields.closesAt')}>
                <DateTimeInput data-testid="event-closes" />
              </Form.Item>
            </Space>
            <Space wrap>
              <Form.Item name={['registration', 'eligibleUnitId']} label={t('events.fields.eligible')}>
                <UnitTreeSelect />
              </Form.Item>
              <Form.Item name={['registration', 'waitlist']} valuePropName="checked">
                <Checkbox>{t('events.fields.waitlist')}</Checkbox>
              </Form.Item>
              <Form.Item name={['registration', 'membersOnly']} valuePropName="checked">
                <Checkbox>{t('events.fields.membersOnly')}</Checkbox>
              </Form.Item>
            </Space>
            {editing ? (
              editing.quotas.length > 0 && (
                <Typography.Text type="secondary">{t('events.edit.quotasKept')}</Typography.Text>
              )
            ) : (
              <>
                <Typography.Text>{t('events.fields.quotas')}</Typography.Text>
                <Form.List name={['registration', 'quotas']}>
                  {(fields, { add, remove }) => (
                    <>
                      {fields.map((f) => (
                        <Space key={f.key} align="baseline">
                          <Form.Item name={[f.name, 'unitId']} rules={[{ required: true }]}>
                            <UnitTreeSelect />
                          </Form.Item>
                          <Form.Item name={[f.name, 'capacity']} rules={[{ required: true }]}>
                            <InputNumber min={0} />
                          </Form.Item>
                          <MinusCircleOutlined onClick={() => remove(f.name)} />
                        </Space>
                      ))}
                      <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ capacity: 10 })}>
                        {t('events.create.addQuota')}
                      </Button>
                    </>
                  )}
                </Form.List>
              </>
            )}
          </Card>
        )}
        <Button type="primary" htmlType="submit" loading={create.isPending} data-testid="event-submit">
          {editing ? t('events.edit.submit') : t('events.create.submit')}
        </Button>
      </Form>
    </Card>
  );
}
