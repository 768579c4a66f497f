import { formatDateTimeVN, type TripTransport } from '@congdoan/domain';
import type { TicketWordingProvider } from '../../events';

const heading: Record<TripTransport, string> = {
  bus: 'VÉ XE VỀ QUÊ ĂN TẾT',
  train: 'VÉ TÀU VỀ QUÊ ĂN TẾT',
  plane: 'VÉ MÁY BAY VỀ QUÊ ĂN TẾT',
};
const carrier: Record<TripTransport, [string, string]> = {
  bus: ['Nhà xe', 'biển số'],
  train: ['Đơn vị vận tải', 'tàu'],
  plane: ['Hãng bay', 'chuyến bay'],
};

/**
 * A trip's ticket is a ticket home for Tết by coach, train or plane (not an admission ticket): it names the route,
 * the departure (and expected arrival), the pickup place and the carrier, and calls its holder the passenger.
 */
export const tripTicketWording: TicketWordingProvider = async (db, event) => {
  const { rows } = await db.query<{
    transport: TripTransport;
    origin: string;
    destination: string;
    operator: string;
    vehicleRef: string | null;
  }>(
    `SELECT transport, origin, destination, operator, vehicle_ref AS "vehicleRef" FROM welfare_trips WHERE event_id = $1`,
    [event.id],
  );
  const trip = rows[0];
  if (!trip) return null;
  const [by, ref] = carrier[trip.transport];
  return {
    heading: heading[trip.transport],
    lines: [
      `Tuyến: ${trip.origin} – ${trip.destination}`,
      `Khởi hành: ${formatDateTimeVN(event.startsAt)}`,
      ...(new Date(event.endsAt) > new Date(event.startsAt) ? [`Dự kiến đến: ${formatDateTimeVN(event.endsAt)}`] : []),
      ...(event.placeAddress ? [`Nơi đón: ${event.placeAddress}`] : []),
      `${by}: ${trip.operator}${trip.vehicleRef ? ` · ${ref} ${trip.vehicleRef}` : ''}`,
      `Đơn vị tổ chức: ${event.unitName}`,
    ],
    holder: 'Hành khách',
  };
};
