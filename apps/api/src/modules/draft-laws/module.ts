import { draftLawsErrors } from '@congdoan/domain';
import { defineModule } from '../declaration';
import { draftLawRoutes } from './draft-laws.routes';

export const draftLawsModule = defineModule({
  name: 'draft-laws',
  routes: [draftLawRoutes],
  errors: draftLawsErrors,
  indicators: [],
});
