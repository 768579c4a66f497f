import { dialoguesErrors } from '@congdoan/domain';
import { defineModule } from '../declaration';
import { seedDialoguesDemo } from './dialogues-demo';
import { dialogueRoutes } from './dialogues.routes';

export const dialoguesModule = defineModule({
  name: 'dialogues',
  routes: [dialogueRoutes],
  errors: dialoguesErrors,
  // Before the petitions demo, which puts its call and petitions on this dialogue.
  demo: seedDialoguesDemo,
  indicators: [],
});
