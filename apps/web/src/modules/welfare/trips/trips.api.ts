import type { TripBody, TripList } from '@congdoan/domain';
import { api } from '../../../api/client';

// A trip is an event: registering, tickets and boarding use the event calls (events.api.ts).
export const tripKeys = {
  list: (programmeId: number) => ['welfare', programmeId, 'trips'] as const,
  registrations: (eventId: number) => ['welfare', 'trip-registrations', eventId] as const,
};

export const fetchTrips = (programmeId: number) => api.get<TripList>(`/api/welfare/programmes/${programmeId}/trips`);
export const createTrip = (programmeId: number, body: TripBody) =>
  api.post<{ id: number }>(`/api/welfare/programmes/${programmeId}/trips`, body);
export const updateTrip = (tripId: number, body: TripBody) =>
  api.put<{ id: number }>(`/api/welfare/trips/${tripId}`, body);
