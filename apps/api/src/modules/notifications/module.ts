import { notificationsErrors } from '@congdoan/domain';
import { defineModule } from '../declaration';
import { callReminderSchedule } from './notifications';
import { notificationRoutes } from './notifications.routes';

export const notificationsModule = defineModule({
  name: 'notifications',
  description: 'Thông báo trong ứng dụng.',
  routes: [notificationRoutes],
  schedules: [callReminderSchedule],
  errors: notificationsErrors,
  indicators: [],
});
