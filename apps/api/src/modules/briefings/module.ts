import { briefingsErrors } from '@congdoan/domain';
import { defineModule } from '../declaration';
import { briefingsHome } from './home';
import { seedBriefingsDemo } from './briefings-demo';
import { briefingsRoutes } from './briefings.routes';
import { taskReminderSchedule } from './task-reminders';

export const briefingsModule = defineModule({
  name: 'briefings',
  description: 'Giao ban, phiên làm việc: ý kiến, kết luận, chỉ đạo; nhiệm vụ giao, việc của tôi, nhắc hạn.',
  routes: [briefingsRoutes],
  schedules: [taskReminderSchedule],
  errors: briefingsErrors,
  demo: seedBriefingsDemo,
  indicators: [],
  home: briefingsHome,
});
