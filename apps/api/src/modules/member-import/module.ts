import { memberImportErrors } from '@congdoan/domain';
import { defineModule } from '../declaration';
import { checkImportJob } from './check-job';
import { commitImportJob } from './commit-job';
import { exportMembersJob } from './export/export-job';
import { memberImportRoutes } from './member-import.routes';

export const memberImportModule = defineModule({
  name: 'member-import',
  routes: [memberImportRoutes],
  jobs: {
    'member_import.check': checkImportJob,
    'member_import.commit': commitImportJob,
    'member.export': exportMembersJob,
  },
  errors: memberImportErrors,
  auditExclusions: [
    {
      table: 'member_import_rows',
      why: 'staging (100,000 checked rows per file); the import and the persons it writes are audited',
    },
  ],
  indicators: [],
});
