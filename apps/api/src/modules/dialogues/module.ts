import { dialoguesErrors } from '@congdoan/domain';
import { defineModule } from '../declaration';
import { dialogueRoutes } from './dialogues.routes';

export const dialoguesModule = defineModule({
  name: 'dialogues',
  routes: [dialogueRoutes],
  errors: dialoguesErrors,
  indicators: [],
});
