import { dialoguesErrors } from '@congdoan/domain';
import { defineModule } from '../declaration';
import { seedDialoguesDemo } from './dialogues-demo';
import { dialogueRoutes } from './dialogues.routes';

export const dialoguesModule = defineModule({
  name: 'dialogues',
  description: 'Đối thoại tại nơi làm việc: buổi đối thoại, biên bản, kiến nghị đưa vào chương trình.',
  routes: [dialogueRoutes],
  errors: dialoguesErrors,
  // Before the petitions demo, which puts its call and petitions on this dialogue.
  demo: seedDialoguesDemo,
  indicators: [],
});
