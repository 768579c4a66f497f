import { draftLawsErrors } from '@congdoan/domain';
import { defineModule } from '../declaration';
import { seedDraftLawsDemo } from './draft-laws-demo';
import { draftLawRoutes } from './draft-laws.routes';

export const draftLawsModule = defineModule({
  name: 'draft-laws',
  description: 'Lấy ý kiến dự thảo văn bản pháp luật: điều khoản, ý kiến, tổng hợp.',
  routes: [draftLawRoutes],
  errors: draftLawsErrors,
  demo: seedDraftLawsDemo,
  indicators: [],
});
