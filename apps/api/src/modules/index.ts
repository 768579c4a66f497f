// The one list of modules. app.ts (routes), the job runner (handlers), the scheduler, the permission table,
// the demo and the authorization and audit-coverage tests all read it. Adding a module: its folder, then a line here.
import type { ModuleDeclaration } from './declaration';
import { auditModule } from './audit/module';
import { authModule } from './auth/module';
import { briefingsModule } from './briefings/module';
import { campaignsModule } from './campaigns/module';
import { demoModule } from './demo/module';
import { dialoguesModule } from './dialogues/module';
import { draftLawsModule } from './draft-laws/module';
import { eventsModule } from './events/module';
import { healthModule } from './health/module';
import { homeModule } from './home/module';
import { jobsModule } from './jobs/module';
import { memberImportModule } from './member-import/module';
import { membersModule } from './members/module';
import { notificationsModule } from './notifications/module';
import { orgUnitsModule } from './org-units/module';
import { petitionsModule } from './petitions/module';
import { reorganizationsModule } from './reorganizations/module';
import { reportsModule } from './reports/module';
import { syntheticModule } from './synthetic/module';
import { transferRequestsModule } from './transfer-requests/module';
import { usersModule } from './users/module';
import { welfareModule } from './welfare/module';

/** In this order routes are registered and demo rows are added. */
export const modules: readonly ModuleDeclaration[] = [
  healthModule,
  authModule,
  orgUnitsModule,
  usersModule,
  auditModule,
  jobsModule,
  reorganizationsModule,
  membersModule,
  memberImportModule,
  transferRequestsModule,
  dialoguesModule,
  petitionsModule,
  draftLawsModule,
  notificationsModule,
  campaignsModule,
  eventsModule,
  welfareModule,
  reportsModule,
  briefingsModule,
  homeModule,
  demoModule,
  syntheticModule,
];
