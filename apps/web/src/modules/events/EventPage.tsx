import { useState } from 'react';
import { Alert, App, Button, Card, Descriptions, Flex, Modal, Space, Table, Tag, Typography } from 'antd';
import { CalendarOutlined, EditOutlined, FilePdfOutlined, QrcodeOutlined, StopOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTimeVN, formatMoneyVN, formatNumberVN, Permission, type Registration } from '@congdoan/domain';
import { errorText } from '../../api/client';
import { useCurrentUser } from '../auth/current-user';
import {
  cancelEvent,
  cancelRegistration,
  eventIcsUrl,
  eventKeys,
  fetchEvent,
  fetchRegistrations,
  fetchTicket,
  register,
} from './events.api';
import { PersonSelect } from '../members/PersonSelect';
import { CancelWithReasonModal } from '../../ui/CancelWithReasonModal';
import { EventPhotos } from './EventPhotos';

// the labels already say "(đồng)", so amounts are bare vi-VN numbers (80.000.000)
const vnd = (n: number | null | undefined) => (n == null ? '—' : formatNumberVN(n));

/** An event: details, sponsors, photos, and its registrations with tickets. */
export function EventPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const id = Number(useParams().id);
  const me = useCurrentUser();
  const canWrite = me.permissions.includes(Permission.CampaignWrite);
  const qc = useQueryClient();
  const event = useQuery({ queryKey: eventKeys.one(id), queryFn: () => fetchEvent(id) });
  const regs = useQuery({
    queryKey: eventKeys.registrations(id),
    queryFn: () => fetchRegistrations(id),
    enabled: canWrite && !!event.data?.registrationEnabled,
    retry: false,
  });
  const [personId, setPersonId] = useState<number | undefined>();
  const [ticket, setTicket] = useState<{ id: number; token: string; qrSvg: string; name: string } | null>(null);
  const refresh = () => void qc.invalidateQueries({ queryKey: eventKeys.all });
  const onError = (e: unknown) => void message.error(errorText(e));
  const reg = useMutation({
    mutationFn: (pid?: number) => register(id, pid),
    onSuccess: (r) => {
      void message.success(t(`events.registration.${r.status}`));
      setPersonId(undefined);
      refresh();
    },
    onError,
  });
  const cancel = useMutation({
    mutationFn: (r: Registration) => cancelRegistration(id, r.id),
    onSuccess: refresh,
    onError,
  });
  const [cancelOpen, setCancelOpen] = useState(false);
  const cancelIt = useMutation({
    mutationFn: (reason: string) => cancelEvent(id, reason),
    onSuccess: () => {
      setCancelOpen(false);
      void message.success(t('events.cancel.done'));
      refresh();
    },
    onError,
  });
  const showTicket = async (r: Registration) => {
    try {
      const tk = await fetchTicket(id, r.id);
      setTicket({ id: r.id, token: tk.token, qrSvg: tk.qrSvg, name: r.fullName });
    } catch (e) {
      onError(e);
    }
  };
  if (event.isError) return <Alert type="error" title={errorText(event.error)} />;
  const e = event.data;
  if (!e) return <Card loading />;
  return (
    <Flex vertical gap={16}>
      <Card>
        <Flex justify="space-between" wrap gap={8}>
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="event-heading">
            {e.title}
          </Typography.Title>
          <Space wrap>
            {e.cancelledAt && <Tag color="red">{t('events.cancel.tag')}</Tag>}
            {canWrite && !e.cancelledAt && (
              <>
                <Link to={`/events/${id}/edit`}>
                  <Button icon={<EditOutlined />} data-testid="event-edit">
                    {t('events.edit.button')}
                  </Button>
                </Link>
                <Button danger icon={<StopOutlined />} onClick={() => setCancelOpen(true)} data-testid="event-cancel">
                  {t('events.cancel.button')}
                </Button>
              </>
            )}
            <Button icon={<CalendarOutlined />} href={eventIcsUrl(id)} data-testid="event-ics">
              {t('events.addToCalendar')}
            </Button>
            {canWrite && e.registrationEnabled && !e.cancelledAt && (
              <Link to={`/events/${id}/checkin`}>
                <Button type="primary" icon={<QrcodeOutlined />} data-testid="event-checkin">
                  {t('events.checkin.open')}
                </Button>
              </Link>
            )}
          </Space>
        </Flex>
        {e.cancelledAt && (
          <Alert
            type="error"
            style={{ marginTop: 16 }}
            data-testid="event-cancelled"
            title={t('events.cancel.banner', { at: formatDateTimeVN(e.cancelledAt), reason: e.cancelReason })}
          />
        )}
        <Descriptions column={{ xs: 1, md: 2 }} style={{ marginTop: 16 }}>
          <Descriptions.Item label={t('events.fields.kind')}>{t(`events.kinds.${e.kind}`)}</Descriptions.Item>
          <Descriptions.Item label={t('events.fields.unit')}>{e.unitName}</Descriptions.Item>
          <Descriptions.Item label={t('events.fields.startsAt')}>{formatDateTimeVN(e.startsAt)}</Descriptions.Item>
          <Descriptions.Item label={t('events.fields.endsAt')}>{formatDateTimeVN(e.endsAt)}</Descriptions.Item>
          <Descriptions.Item label={t('events.fields.place')}>
            {[e.placeAddress, e.industrialZoneName].filter(Boolean).join(' · ') || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('events.fields.campaign')}>
            {e.campaignId ? <Link to={`/campaigns/${e.campaignId}`}>{e.campaignTitle}</Link> : '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('events.fields.coOrganisers')}>
            {e.coOrganisers.join('; ') || '—'}
          </Descriptions.Item>
          <Descriptions.Item label={t('events.fields.sponsors')}>
            {e.sponsors.map((s) => (
              <div key={s.name}>
                {s.name}: {s.cashVnd ? formatMoneyVN(s.cashVnd) : ''} {s.inKind ?? ''}
              </div>
            ))}
          </Descriptions.Item>
          <Descriptions.Item label={t('events.fields.budget')}>{vnd(e.budgetVnd)}</Descriptions.Item>
          <Descriptions.Item label={t('events.fields.spent')}>{vnd(e.spentVnd)}</Descriptions.Item>
          <Descriptions.Item label={t('events.fields.description')} span={2}>
            {e.description ?? '—'}
          </Descriptions.Item>
        </Descriptions>
        <EventPhotos event={e} canWrite={canWrite} />
      </Card>
      {e.registrationEnabled && (
        <Card title={t('events.registration.title')}>
          <p data-testid="event-counts">
            {t('events.registration.counts', {
              confirmed: e.confirmed,
              capacity: e.capacity ?? 0,
              waitlisted: e.waitlisted,
              checkedIn: e.checkedIn,
            })}
          </p>
          {e.quotas.length > 0 && (
            <p>
              {t('events.fields.quotas')}:{' '}
              {e.quotas.map((qt) => (
                <Tag key={qt.id}>
                  {qt.unitName}: {qt.taken}/{qt.capacity}
                </Tag>
              ))}
            </p>
          )}
          {!e.cancelledAt && (
            <Space wrap style={{ marginBottom: 16 }}>
              {e.canSelfRegister && (
                <Button onClick={() => reg.mutate(undefined)} loading={reg.isPending} data-testid="register-self">
                  {t('events.registration.self')}
                </Button>
              )}
              {canWrite && (
                <>
                  <PersonSelect
                    value={personId}
                    onChange={setPersonId}
                    placeholder={t('events.registration.pickMember')}
                    aria-label={t('events.registration.pickMember')}
                    style={{ width: 320, maxWidth: '100%' }}
                    data-testid="register-member"
                  />
                  <Button
                    type="primary"
                    disabled={!personId}
                    onClick={() => reg.mutate(personId)}
                    loading={reg.isPending}
                    data-testid="register-submit"
                  >
                    {t('events.registration.onBehalf')}
                  </Button>
                </>
              )}
            </Space>
          )}
          {canWrite && (
            <Space wrap style={{ marginBottom: 8 }}>
              <Button
                icon={<FilePdfOutlined />}
                href={`/api/events/${id}/registrations.pdf`}
                data-testid="registrations-pdf"
              >
                {t('events.registration.listPdf')}
              </Button>
              <Button icon={<FilePdfOutlined />} href={`/api/events/${id}/tickets.pdf`} data-testid="tickets-pdf">
                {t('events.registration.ticketsPdf')}
              </Button>
            </Space>
          )}
          {canWrite && (
            <Table<Registration>
              rowKey="id"
              size="small"
              dataSource={regs.data?.items ?? []}
              loading={regs.isPending && regs.fetchStatus !== 'idle'}
              columns={[
                { title: t('events.registration.name'), dataIndex: 'fullName' },
                { title: t('events.fields.unit'), dataIndex: 'unitName' },
                {
                  title: t('events.registration.status'),
                  render: (_, r) => (
                    <Tag color={r.status === 'confirmed' ? 'green' : r.status === 'waitlisted' ? 'orange' : 'default'}>
                      {t(`events.registration.${r.status}`)}
                    </Tag>
                  ),
                },
                {
                  title: t('events.registration.checkedIn'),
                  render: (_, r) => (r.checkedInAt ? formatDateTimeVN(r.checkedInAt) : '—'),
                },
                {
                  title: '',
                  render: (_, r) => (
                    <Space>
                      {r.ticketToken && (
                        <Button
                          size="small"
                          icon={<QrcodeOutlined />}
                          onClick={() => void showTicket(r)}
                          data-testid={`ticket-${r.id}`}
                        >
                          {t('events.registration.ticket')}
                        </Button>
                      )}
                      {r.status !== 'cancelled' && (
                        <Button size="small" danger onClick={() => cancel.mutate(r)}>
                          {t('events.registration.cancel')}
                        </Button>
                      )}
                    </Space>
                  ),
                },
              ]}
            />
          )}
        </Card>
      )}
      <CancelWithReasonModal
        open={cancelOpen}
        title={t('events.cancel.confirmTitle', { title: e.title })}
        explain={t('events.cancel.explain', { count: e.confirmed + e.waitlisted })}
        i18nPrefix="events.cancel"
        testId="event-cancel"
        pending={cancelIt.isPending}
        onConfirm={(reason) => cancelIt.mutate(reason)}
        onClose={() => setCancelOpen(false)}
      />
      <Modal open={!!ticket} title={ticket?.name} footer={null} onCancel={() => setTicket(null)}>
        {ticket && (
          <Flex vertical align="center">
            <div style={{ width: 240, maxWidth: '100%' }} dangerouslySetInnerHTML={{ __html: ticket.qrSvg }} />
            <Typography.Text copyable code data-testid="ticket-token">
              {ticket.token}
            </Typography.Text>
            <Button
              icon={<FilePdfOutlined />}
              href={`/api/events/${id}/registrations/${ticket.id}/ticket.pdf`}
              style={{ marginTop: 12 }}
              data-testid="ticket-pdf"
            >
              {t('events.registration.ticketPdf')}
            </Button>
          </Flex>
        )}
      </Modal>
    </Flex>
  );
}
