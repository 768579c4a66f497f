import { eventsErrors } from '@congdoan/domain';
import { defineModule } from '../declaration';
import { eventRoutes } from './events.routes';
import { calendarRoutes } from './calendar/calendar.routes';
import { eventIndicators } from './indicators';

export const eventsModule = defineModule({
  name: 'events',
  description: 'Sự kiện: lịch, đăng ký, vé QR, điểm danh, ảnh.',
  routes: [eventRoutes, calendarRoutes],
  errors: eventsErrors,
  auditExclusions: [
    { table: 'app_secrets', why: 'the ticket HMAC key must never be copied into the log' },
    { table: 'event_seat_counts', why: 'seat counter changed by every registration; the registrations are audited' },
    { table: 'quota_seat_counts', why: 'per-unit seat counter; the registrations are audited' },
    {
      table: 'calendar_feeds',
      why: 'security state (a token hash, last use); issuing, rotating and revoking are explicit audit events',
    },
  ],
  indicators: eventIndicators,
});
