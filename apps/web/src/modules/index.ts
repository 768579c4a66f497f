import type { WebModule } from '../app/modules/web-module';
import { authModule } from './auth/module';
import { homeModule } from './home/module';
import { orgUnitsModule } from './org-units/module';
import { membersModule } from './members/module';
import { memberImportModule } from './member-import/module';
import { campaignsModule } from './campaigns/module';
import { eventsModule } from './events/module';
import { petitionsModule } from './petitions/module';
import { welfareModule } from './welfare/module';
import { reportsModule } from './reports/module';
import { briefingsModule } from './briefings/module';
import { usersModule } from './users/module';
import { auditModule } from './audit/module';
import { jobsModule } from './jobs/module';

/**
 * The web app's modules: the only central place that names them. The router, the menu and the
 * translations are built from this list. Within a group, menu entries follow this order.
 */
export const webModules: WebModule[] = [
  authModule,
  homeModule,
  orgUnitsModule,
  membersModule,
  memberImportModule,
  campaignsModule,
  eventsModule,
  welfareModule,
  petitionsModule,
  reportsModule,
  briefingsModule,
  usersModule,
  auditModule,
  jobsModule,
];
