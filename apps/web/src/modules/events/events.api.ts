import type {
  CalendarFeedStatus,
  CheckinResult,
  EventDetail,
  EventInput,
  EventSummary,
  EventUpdateInput,
  Registration,
} from '@congdoan/domain';
import { api, withQuery } from '../../api/client';

export type EventFilter = { from?: string; to?: string; kind?: string; unitId?: number; campaignId?: number };

export const eventKeys = {
  all: ['events'] as const,
  list: (f: EventFilter) => ['events', 'list', f] as const,
  one: (id: number) => ['events', id] as const,
  registrations: (id: number) => ['events', id, 'registrations'] as const,
  attendance: (id: number) => ['events', id, 'attendance'] as const,
};

export const fetchEvents = (f: EventFilter) => api.get<{ items: EventSummary[] }>(withQuery('/api/events', f));
export const icsUrl = (f: EventFilter) => withQuery('/api/events/calendar.ics', f);
export const eventIcsUrl = (id: number) => `/api/events/${id}/event.ics`;
export const calendarFeedKey = ['me', 'calendar-feed'] as const;
export const fetchCalendarFeed = () => api.get<CalendarFeedStatus>('/api/me/calendar-feed');
export const issueCalendarFeed = () => api.post<{ url: string }>('/api/me/calendar-feed', {});
export const revokeCalendarFeed = () => api.delete<{ ok: true }>('/api/me/calendar-feed');
export const fetchEvent = (id: number) => api.get<EventDetail>(`/api/events/${id}`);
export const createEvent = (body: EventInput) => api.post<EventDetail>('/api/events', body);
export const updateEvent = (id: number, body: EventUpdateInput) => api.patch<EventDetail>(`/api/events/${id}`, body);
export const cancelEvent = (id: number, reason: string) =>
  api.post<EventDetail>(`/api/events/${id}/cancel`, { reason });
export const uploadPhoto = (id: number, file: File) => api.upload<{ ok: true }>(`/api/events/${id}/photos`, file);
export const removePhoto = (id: number, index: number, key: string) =>
  api.delete<{ ok: true }>(withQuery(`/api/events/${id}/photos/${index}`, { key }));
export const fetchRegistrations = (id: number) => api.get<{ items: Registration[] }>(`/api/events/${id}/registrations`);
export const register = (id: number, personId?: number) =>
  api.post<Registration>(`/api/events/${id}/registrations`, personId ? { personId } : {});
export const cancelRegistration = (id: number, registrationId: number) =>
  api.post<Registration>(`/api/events/${id}/registrations/${registrationId}/cancel`, {});
export const fetchTicket = (id: number, registrationId: number) =>
  api.get<{ registration: Registration; token: string; qrSvg: string }>(
    `/api/events/${id}/registrations/${registrationId}/ticket`,
  );
export type Scan = { token: string; idempotencyKey: string; scannedAt: string };
export const checkIn = (id: number, scan: Scan) => api.post<CheckinResult>(`/api/events/${id}/checkins`, scan);
export const checkInBatch = (id: number, scans: Scan[]) =>
  api.post<{ results: CheckinResult[] }>(`/api/events/${id}/checkins/batch`, { scans });
export const fetchAttendance = (id: number) =>
  api.get<{ capacity: number | null; confirmed: number; waitlisted: number; checkedIn: number }>(
    `/api/events/${id}/attendance`,
  );
