import { draftLawsErrors } from '@congdoan/domain';
import { defineModule } from '../declaration';
import { seedDraftLawsDemo } from './draft-laws-demo';
import { draftLawRoutes } from './draft-laws.routes';

export const draftLawsModule = defineModule({
  name: 'draft-laws',
  routes: [draftLawRoutes],
  errors: draftLawsErrors,
  demo: seedDraftLawsDemo,
  indicators: [],
});
