import { useState } from 'react';
import { Badge, Button, Calendar, Card, Flex, Grid, List, Segmented, Select, Space, Tag, Typography } from 'antd';
import { CalendarOutlined, LeftOutlined, RightOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { eventKinds, formatDateTimeVN, formatDateVN, Permission, type EventSummary } from '@congdoan/domain';
import { useCurrentUser } from '../auth/current-user';
import { campaignKeys, fetchCampaigns } from '../campaigns/campaigns.api';
import { UnitTreeSelect } from '../org-units/UnitTreeSelect';
import { eventKeys, fetchEvents, icsUrl, type EventFilter } from './events.api';
import { useOpeningMonth } from './use-opening-month';

const vnDay = (iso: string) => formatDateVN(iso).split('/').reverse().join('-');

/** Month and list view of the events in the person's subtree, with filters and an .ics export. */
export function EventsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const [month, setMonth] = useOpeningMonth();
  const [view, setView] = useState<'month' | 'list'>('month');
  // A phone's month cells are too narrow for titles: they show dots, and the month's events follow as a list.
  const phone = Grid.useBreakpoint().md === false;
  const [kind, setKind] = useState<string | undefined>();
  const [unitId, setUnitId] = useState<number | undefined>();
  const [campaignId, setCampaignId] = useState<number | undefined>();
  const filter: EventFilter = {
    ...(view === 'month'
      ? {
          from: month.startOf('month').subtract(7, 'day').toISOString(),
          to: month.endOf('month').add(7, 'day').toISOString(),
        }
      : {}),
    ...(kind ? { kind } : {}),
    ...(unitId ? { unitId } : {}),
    ...(campaignId ? { campaignId } : {}),
  };
  const events = useQuery({ queryKey: eventKeys.list(filter), queryFn: () => fetchEvents(filter) });
  const campaigns = useQuery({ queryKey: campaignKeys.list({}), queryFn: () => fetchCampaigns({}) });
  const byDay = new Map<string, EventSummary[]>();
  for (const e of events.data?.items ?? []) byDay.set(vnDay(e.startsAt), [...(byDay.get(vnDay(e.startsAt)) ?? []), e]);
  return (
    <Card>
      <Flex justify="space-between" wrap gap={8} style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('events.title')}
        </Typography.Title>
        <Space wrap>
          <Segmented
            value={view}
            onChange={(v) => setView(v as 'month' | 'list')}
            options={[
              { value: 'month', label: t('events.month') },
              { value: 'list', label: t('events.list') },
            ]}
          />
          <Button icon={<CalendarOutlined />} href={icsUrl(filter)} data-testid="events-ics">
            {t('events.ics')}
          </Button>
          {me.permissions.includes(Permission.CampaignWrite) && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => void navigate('/events/new')}>
              {t('events.create.button')}
            </Button>
          )}
        </Space>
      </Flex>
      <Space wrap style={{ marginBottom: 16 }}>
        <Select
          allowClear
          placeholder={t('events.fields.kind')}
          aria-label={t('events.fields.kind')}
          style={{ width: 220 }}
          value={kind}
          onChange={setKind}
          options={eventKinds.map((k) => ({ value: k, label: t(`events.kinds.${k}`) }))}
        />
        <div style={{ width: 280 }}>
          <UnitTreeSelect value={unitId} onChange={setUnitId} />
        </div>
        <Select
          allowClear
          placeholder={t('events.fields.campaign')}
          aria-label={t('events.fields.campaign')}
          style={{ width: 280 }}
          value={campaignId}
          onChange={setCampaignId}
          options={(campaigns.data?.items ?? []).map((c) => ({ value: c.id, label: `${c.title} — ${c.unitName}` }))}
        />
      </Space>
      {view === 'month' ? (
        <Calendar
          value={month}
          onPanelChange={(d) => setMonth(d)}
          onSelect={(d) => setMonth(d)}
          // antd's header has unlabelled month/year selects (axe: critical); previous/next month is all
          // this calendar needs, with labelled buttons.
          headerRender={({ value, onChange }) => (
            <Flex justify="space-between" align="center" style={{ padding: 8 }}>
              <Button
                icon={<LeftOutlined />}
                aria-label={t('events.calendarNav.previous')}
                onClick={() => onChange(value.subtract(1, 'month'))}
              />
              <Typography.Text strong>{value.format('MM/YYYY')}</Typography.Text>
              <Button
                icon={<RightOutlined />}
                aria-label={t('events.calendarNav.next')}
                onClick={() => onChange(value.add(1, 'month'))}
              />
            </Flex>
          )}
          cellRender={(d, info) =>
            info.type === 'date' ? (
              <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                {(byDay.get(d.format('YYYY-MM-DD')) ?? []).map((e) => (
                  <li key={e.id} data-testid="calendar-event">
                    <Link to={`/events/${e.id}`} aria-label={phone ? e.title : undefined}>
                      <Badge status="processing" text={phone ? undefined : e.title} />
                    </Link>
                  </li>
                ))}
              </ul>
            ) : null
          }
        />
      ) : null}
      {(view === 'list' || phone) && (
        <List<EventSummary>
          loading={events.isPending}
          data-testid="events-list"
          dataSource={(events.data?.items ?? []).filter(
            (e) => view === 'list' || vnDay(e.startsAt).slice(0, 7) === month.format('YYYY-MM'),
          )}
          renderItem={(e) => (
            <List.Item>
              <List.Item.Meta
                title={<Link to={`/events/${e.id}`}>{e.title}</Link>}
                description={`${formatDateTimeVN(e.startsAt)} · ${e.unitName}${e.placeAddress ? ` · ${e.placeAddress}` : ''}`}
              />
              <Tag>{t(`events.kinds.${e.kind}`)}</Tag>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
