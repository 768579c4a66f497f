import { App, Form, Input, InputNumber, Modal, Select } from 'antd';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { tripTransports, type TripBody, type TripRow } from '@congdoan/domain';
import { errorText } from '../../../api/client';
import { DateTimeInput } from '../../../ui/DateInputs';
import { createTrip, updateTrip } from './trips.api';

type Values = Omit<TripBody, 'departsAt' | 'arrivesAt'> & { departsAt: string; arrivesAt?: string | null };

/** The pickers' wall-clock values are Vietnam time (UTC+7, no daylight saving), as on the event form. */
const vnTime = (local?: string | null) => (local ? `${local.length === 16 ? `${local}:00` : local}+07:00` : null);
const vnLocal = (iso: string | null) =>
  iso ? new Date(new Date(iso).getTime() + 7 * 3600_000).toISOString().slice(0, 16) : undefined;

/** Add a trip to a programme, or change one (`trip`); the seats are the event's capacity. */
export function TripFormModal({
  programmeId,
  trip,
  open,
  onClose,
  onSaved,
}: {
  programmeId: number;
  trip: TripRow | null;
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const save = useMutation({
    mutationFn: (v: Values) => {
      const body: TripBody = {
        ...v,
        vehicleRef: v.vehicleRef || null,
        departsAt: vnTime(v.departsAt)!,
        arrivesAt: vnTime(v.arrivesAt),
      };
      return trip ? updateTrip(trip.id, body) : createTrip(programmeId, body);
    },
    onSuccess: () => {
      void message.success(t('welfareTrips.saved'));
      onSaved();
    },
    onError: (e) => void message.error(errorText(e)),
  });
  const initial: Partial<Values> = trip
    ? {
        transport: trip.transport,
        origin: trip.origin,
        destination: trip.destination,
        operator: trip.operator,
        vehicleRef: trip.vehicleRef,
        pickupPlace: trip.pickupPlace,
        departsAt: vnLocal(trip.departsAt)!,
        arrivesAt: vnLocal(trip.arrivesAt) ?? null,
        seats: trip.seats,
      }
    : { transport: 'bus', seats: 45 };
  const required = [{ required: true, message: t('welfareTrips.required') }];
  return (
    <Modal
      open={open}
      destroyOnHidden
      title={trip ? t('welfareTrips.editTitle') : t('welfareTrips.addTitle')}
      okText={t('welfareTrips.save')}
      okButtonProps={{ 'data-testid': 'trip-save', loading: save.isPending }}
      onOk={() => form.submit()}
      onCancel={onClose}
    >
      <Form form={form} layout="vertical" initialValues={initial} onFinish={(v) => save.mutate(v)} preserve={false}>
        <Form.Item name="transport" label={t('welfareTrips.transport')} rules={required}>
          <Select
            data-testid="trip-transport"
            options={tripTransports.map((k) => ({ value: k, label: t(`welfareTrips.transports.${k}`) }))}
          />
        </Form.Item>
        <Form.Item name="origin" label={t('welfareTrips.origin')} rules={required}>
          <Input data-testid="trip-origin" maxLength={200} />
        </Form.Item>
        <Form.Item name="destination" label={t('welfareTrips.destination')} rules={required}>
          <Input data-testid="trip-destination" maxLength={200} />
        </Form.Item>
        <Form.Item name="departsAt" label={t('welfareTrips.departsAt')} rules={required}>
          <DateTimeInput data-testid="trip-departs" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="arrivesAt" label={t('welfareTrips.arrivesAt')}>
          <DateTimeInput data-testid="trip-arrives" style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="pickupPlace" label={t('welfareTrips.pickupPlace')} rules={required}>
          <Input data-testid="trip-pickup" maxLength={300} />
        </Form.Item>
        <Form.Item name="operator" label={t('welfareTrips.operator')} rules={required}>
          <Input data-testid="trip-operator" maxLength={200} />
        </Form.Item>
        <Form.Item name="vehicleRef" label={t('welfareTrips.vehicleRef')}>
          <Input data-testid="trip-vehicle" maxLength={50} />
        </Form.Item>
        <Form.Item name="seats" label={t('welfareTrips.seats')} rules={required}>
          <InputNumber data-testid="trip-seats" min={1} max={10000} precision={0} style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
