import type { ErrorTable, Permission, Role } from '@congdoan/domain';
import type { Tx } from '../db/tx';
import type { RoutesPlugin } from '../http/routes-plugin';
import type { Schedule } from '../kit/scheduler';
import type { JobDefinition } from './jobs';

/** A figure a module can report for a unit and period (the coming reports module lists them all). */
export type Indicator = {
  key: string;
  vi: string;
  en: string;
  unit: 'count' | 'vnd' | 'percent';
};

/**
 * Everything a module brings. modules/index.ts lists the declarations; app.ts, the job runner, the
 * scheduler, the permission table, the demo and the authorization and audit tests read that list.
 * Route examples for the authorization matrix sit beside it in <name>.examples.ts (test code, kept out of
 * the production bundle); testing/route-examples.ts finds them by the module's name.
 */
export type ModuleDeclaration = {
  /** The folder under modules/. */
  name: string;
  /** One line in Vietnamese: the module's tag in the OpenAPI document. */
  description: string;
  routes: readonly RoutesPlugin[];
  /** Job kind → handler (and who may read its result); a worker that registers no routes still finds every one. */
  jobs?: Readonly<Record<string, JobDefinition>>;
  schedules?: readonly Schedule[];
  /** The module's error codes (tables kept in packages/domain/src/errors/ so web and CLI share them). */
  errors: ErrorTable;
  /** Permissions this module introduces and the roles holding them; system_admin holds every permission. */
  permissions?: Readonly<Partial<Record<Permission, readonly Role[]>>>;
  /** Tables without the audit_row trigger, each with the reason. */
  auditExclusions?: readonly { table: string; why: string }[];
  /** Adds the module's demo rows after the demo tree and accounts, in list order, in the demo transaction. */
  demo?: (tx: Tx) => Promise<void>;
  indicators: readonly Indicator[];
};

/** Identity function that gives a module file its type check. */
export function defineModule(declaration: ModuleDeclaration): ModuleDeclaration {
  return declaration;
}
