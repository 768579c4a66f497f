import { useState } from 'react';
import { Alert, App, Button, Card, Flex, Form, List, Modal, Space, Statistic, Tag, Typography } from 'antd';
import { EditOutlined, FilePdfOutlined, PlusOutlined, QrcodeOutlined, UserAddOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTimeVN, formatNumberVN, type TripRow } from '@congdoan/domain';
import { errorText } from '../../../api/client';
import { fetchRegistrations, register } from '../../events/events.api';
import { PersonSelect } from '../../members/PersonSelect';
import { TripFormModal } from './TripFormModal';
import { fetchTrips, tripKeys } from './trips.api';

/**
 * The trips home for Tết of a programme: its tickets (allocated by the quota tab, registered, used at boarding),
 * each trip as a card (one column on a phone) with its registrations, a member registered by the official, the
 * ticket PDFs and the boarding scanner (the event's check-in).
 */
export function TripsPanel({ programmeId }: { programmeId: number }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const trips = useQuery({ queryKey: tripKeys.list(programmeId), queryFn: () => fetchTrips(programmeId) });
  const [editing, setEditing] = useState<TripRow | 'new' | null>(null);
  const [registering, setRegistering] = useState<TripRow | null>(null);
  const [shown, setShown] = useState<number | null>(null);
  const refresh = () => {
    void qc.invalidateQueries({ queryKey: ['welfare', programmeId] });
    void qc.invalidateQueries({ queryKey: ['welfare', 'trip-registrations'] });
  };
  if (trips.error) return <Alert type="info" message={errorText(trips.error)} />;
  const data = trips.data;
  if (!data) return null;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Flex wrap gap={24} data-testid="ticket-figures">
        <Statistic title={t('welfareTrips.allocated')} value={formatNumberVN(data.tickets.allocated)} />
        <Statistic title={t('welfareTrips.registered')} value={formatNumberVN(data.tickets.registered)} />
        <Statistic title={t('welfareTrips.used')} value={formatNumberVN(data.tickets.used)} />
      </Flex>
      <Typography.Text type="secondary">{t('welfareTrips.quotaHint')}</Typography.Text>
      {data.canEdit && (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing('new')} data-testid="trip-add">
          {t('welfareTrips.add')}
        </Button>
      )}
      <List
        dataSource={data.items}
        locale={{ emptyText: t('welfareTrips.empty') }}
        renderItem={(trip) => (
          <List.Item style={{ display: 'block', paddingInline: 0 }}>
            <Card size="small" data-testid={`trip-${trip.id}`}>
              <Typography.Text strong>{trip.title}</Typography.Text>{' '}
              {trip.cancelled && <Tag color="red">{t('welfareTrips.cancelled')}</Tag>}
              <div>
                {t('welfareTrips.departs', { at: formatDateTimeVN(trip.departsAt) })}
                {trip.arrivesAt && ` · ${t('welfareTrips.arrives', { at: formatDateTimeVN(trip.arrivesAt) })}`}
              </div>
              <div>{t('welfareTrips.pickupAt', { place: trip.pickupPlace })}</div>
              <div>{[trip.operator, trip.vehicleRef].filter(Boolean).join(' · ')}</div>
              <div data-testid={`trip-counts-${trip.id}`}>
                {t('welfareTrips.counts', {
                  registered: formatNumberVN(trip.registered),
                  seats: formatNumberVN(trip.seats),
                  boarded: formatNumberVN(trip.boarded),
                })}
              </div>
              <Space wrap style={{ marginTop: 8 }}>
                {!trip.cancelled && (
                  <Button
                    icon={<UserAddOutlined />}
                    onClick={() => setRegistering(trip)}
                    data-testid={`trip-register-${trip.id}`}
                  >
                    {t('welfareTrips.register')}
                  </Button>
                )}
                <Button
                  onClick={() => setShown(shown === trip.id ? null : trip.id)}
                  data-testid={`trip-list-${trip.id}`}
                >
                  {t('welfareTrips.registrations')}
                </Button>
                <Link to={`/events/${trip.eventId}/checkin`}>
                  <Button icon={<QrcodeOutlined />}>{t('welfareTrips.board')}</Button>
                </Link>
                {data.canEdit && !trip.cancelled && (
                  <Button icon={<EditOutlined />} onClick={() => setEditing(trip)} data-testid={`trip-edit-${trip.id}`}>
                    {t('welfareTrips.edit')}
                  </Button>
                )}
              </Space>
              {shown === trip.id && <TripRegistrations eventId={trip.eventId} />}
            </Card>
          </List.Item>
        )}
      />
      <TripFormModal
        programmeId={programmeId}
        trip={editing === 'new' ? null : editing}
        open={editing !== null}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          refresh();
        }}
      />
      <RegisterModal
        trip={registering}
        onClose={() => setRegistering(null)}
        onDone={(trip) => {
          setRegistering(null);
          setShown(trip.id);
          refresh();
        }}
      />
    </Space>
  );
}

/** Who registered for a trip, boarded or not, each with the ticket to print. */
function TripRegistrations({ eventId }: { eventId: number }) {
  const { t } = useTranslation();
  const regs = useQuery({ queryKey: tripKeys.registrations(eventId), queryFn: () => fetchRegistrations(eventId) });
  if (regs.error) return <Alert type="info" message={errorText(regs.error)} />;
  const items = (regs.data?.items ?? []).filter((r) => r.status !== 'cancelled');
  return (
    <List
      size="small"
      loading={regs.isLoading}
      dataSource={items}
      locale={{ emptyText: t('welfareTrips.noRegistrations') }}
      renderItem={(r) => (
        <List.Item style={{ paddingInline: 0, flexWrap: 'wrap' }} data-testid={`trip-registration-${r.id}`}>
          <div style={{ minWidth: 0 }}>
            <Typography.Text strong>{r.fullName}</Typography.Text>
            <div>
              <Typography.Text type="secondary">{r.unitName}</Typography.Text>
            </div>
          </div>
          <Space wrap>
            {r.checkedInAt ? (
              <Tag color="green">{t('welfareTrips.boardedAt', { at: formatDateTimeVN(r.checkedInAt) })}</Tag>
            ) : (
              <Tag>{t('welfareTrips.notBoarded')}</Tag>
            )}
            {r.status === 'confirmed' && (
              <Button
                size="small"
                icon={<FilePdfOutlined />}
                href={`/api/events/${eventId}/registrations/${r.id}/ticket.pdf`}
                aria-label={t('welfareTrips.ticketPdfFor', { name: r.fullName })}
              >
                {t('welfareTrips.ticketPdf')}
              </Button>
            )}
          </Space>
        </List.Item>
      )}
    />
  );
}

/** An official registers a member for a trip; the unit's quota and the seats decide (the API says why not). */
function RegisterModal({
  trip,
  onClose,
  onDone,
}: {
  trip: TripRow | null;
  onClose: () => void;
  onDone: (trip: TripRow) => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ personId: number }>();
  const save = useMutation({
    mutationFn: (personId: number) => register(trip!.eventId, personId),
    onSuccess: () => {
      void message.success(t('welfareTrips.registeredOk'));
      onDone(trip!);
    },
    onError: (e) => void message.error(errorText(e)),
  });
  return (
    <Modal
      open={trip !== null}
      destroyOnHidden
      title={trip?.title}
      okText={t('welfareTrips.register')}
      okButtonProps={{ 'data-testid': 'trip-register-save', loading: save.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v.personId)} preserve={false}>
        <Form.Item
          name="personId"
          label={t('welfareTrips.member')}
          rules={[{ required: true, message: t('welfareTrips.required') }]}
        >
          <PersonSelect data-testid="trip-person" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
