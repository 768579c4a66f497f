import type { ErrorTable, Permission, Role } from '@congdoan/domain';
import type { Ctx } from '../context/context';
import type { Tx } from '../db/tx';
import type { RoutesPlugin } from '../http/routes-plugin';
import type { Schedule } from '../kit/scheduler';
import type { JobDefinition } from './jobs';

/**
 * A figure a module reports for a unit and period; the reports module lists them all (reports/indicators/).
 * A computed one carries its SQL: it reads the temporary table indicator_scope(group_id, unit_id), the
 * units of each group as the tree stood at the period's end, and the period as $1::date and $2::date (inclusive; write the casts),
 * and returns (group_id, value) rows. The engine fills the scope, so one statement answers a whole subtree
 * or every child of a unit at once, under the parents the units had then. $3::bigint[] holds the federations of
 * the scope's units (NULL at the nation): a narrowing only, never a condition of its own (inFederations below).
 */
export type Indicator = {
  key: string;
  vi: string;
  en: string;
  unit: 'count' | 'vnd' | 'percent';
  /** How values of units add up to their parent's: sum (default), ratio of two sums, latest value, distinct count. */
  aggregation?: 'sum' | 'ratio' | 'latest' | 'distinct';
  /** Computed: the statement described above. Without it (and without ratioOf) the figure is entered by hand. */
  sql?: string;
  /**
   * The statement reads other rows of its group in indicator_scope (a quota passed down inside the group counts
   * once), so a subtree's figure is not the sum of its children's and its own: the engine gives it the whole
   * subtree as one group. Others are summed from the children's groups (half the rows to join at the nation).
   */
  readsGroup?: true;
  /** A ratio's two figures (keys of sum indicators), as a percentage. */
  ratioOf?: { numerator: string; denominator: string };
  /**
   * The rows behind the number, for drill-down: same scope and parameters, plus $3 the group; returns
   * (id, label, unit_name, on_date, amount) rows, one per counted fact (amount: what a sum adds up, else null).
   * The engine adds order and limit. Build both with rowIndicator (row-indicator.ts) so they share FROM and WHERE.
   */
  drillSql?: string;
};

/**
 * One line of an official's home page ("việc của tôi"): what waits for them in a module, counted, with where
 * to go. `key` is an i18n key of the web app (the module's own translations), given `count`.
 */
export type HomeEntry = { key: string; count: number; link: string; tone: 'urgent' | 'todo' };

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
  /** The module's lines on the home page; entries with count 0 are left out by the page. */
  home?: (ctx: Ctx) => Promise<HomeEntry[]>;
};

/** Identity function that gives a module file its type check. */
export function defineModule(declaration: ModuleDeclaration): ModuleDeclaration {
  return declaration;
}

/**
 * A figure's statement narrowed to the scope's federations ($3, see Indicator.sql): `column` is a federation_id
 * (migration federation_key), so a province reads its own rows of a date range, not the nation's. The rows it
 * drops are outside the scope anyway, so the figure is the same with or without it (the drill-down omits it).
 */
export const inFederations = (column: string) => `($3::bigint[] IS NULL OR ${column} = ANY ($3::bigint[]))`;
