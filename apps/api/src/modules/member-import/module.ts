import { memberImportErrors, Permission } from '@congdoan/domain';
import { defineModule } from '../declaration';
import { checkImportJob } from './check-job';
import { commitImportJob } from './commit-job';
import { exportMembersJob } from './export/export-job';
import { memberImportRoutes } from './member-import.routes';

export const memberImportModule = defineModule({
  name: 'member-import',
  description: 'Nhập đoàn viên từ Excel/CSV và xuất danh sách.',
  routes: [memberImportRoutes],
  jobs: {
    'member_import.check': {
      handler: checkImportJob,
      readResult: [Permission.MemberWrite, Permission.PersonalDataRead],
    },
    'member_import.commit': {
      handler: commitImportJob,
      readResult: [Permission.MemberWrite, Permission.PersonalDataRead],
    },
    'member.export': { handler: exportMembersJob, readResult: [Permission.MemberRead, Permission.PersonalDataRead] },
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
