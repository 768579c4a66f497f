// Every error table, one per module. The web app and the CLI import the joined catalogue from this package,
// so the tables live here; each API module's module.ts re-exports its own table (apps/api/src/modules).
import { authErrors } from './auth';
import { briefingsErrors } from './briefings';
import { campaignsErrors } from './campaigns';
import { commonErrors } from './common';
import { dialoguesErrors } from './dialogues';
import { draftLawsErrors } from './draft-laws';
import { eventsErrors } from './events';
import { jobsErrors } from './jobs';
import { memberImportErrors } from './member-import';
import { membersErrors } from './members';
import { notificationsErrors } from './notifications';
import { orgUnitsErrors } from './org-units';
import { petitionsErrors } from './petitions';
import { reorganizationsErrors } from './reorganizations';
import { reportsErrors } from './reports';
import { transferRequestsErrors } from './transfer-requests';
import { usersErrors } from './users';
import { welfareErrors } from './welfare';
import { welfareTripErrors } from './welfare-trips';

export {
  authErrors,
  briefingsErrors,
  campaignsErrors,
  commonErrors,
  dialoguesErrors,
  draftLawsErrors,
  eventsErrors,
  jobsErrors,
  memberImportErrors,
  membersErrors,
  notificationsErrors,
  orgUnitsErrors,
  petitionsErrors,
  reorganizationsErrors,
  reportsErrors,
  transferRequestsErrors,
  usersErrors,
  welfareErrors,
  welfareTripErrors,
};
export type { ErrorTable } from './error-table';

/** The tables in one list; errors.test.ts checks that no code appears in two of them. */
export const errorTables = [
  commonErrors,
  authErrors,
  usersErrors,
  orgUnitsErrors,
  reorganizationsErrors,
  jobsErrors,
  membersErrors,
  memberImportErrors,
  transferRequestsErrors,
  petitionsErrors,
  dialoguesErrors,
  draftLawsErrors,
  notificationsErrors,
  campaignsErrors,
  eventsErrors,
  welfareErrors,
  welfareTripErrors,
  reportsErrors,
  briefingsErrors,
] as const;
