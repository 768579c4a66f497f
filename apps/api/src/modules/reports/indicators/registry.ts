import type { Indicator } from '../../declaration';
import { modules } from '../../index';

/**
 * The one registry of indicators: every module's list (module.ts `indicators`), computed ones with their
 * SQL. Read at call time, not at import, because modules/index imports this module too.
 */
export function indicatorRegistry(): ReadonlyMap<string, Indicator> {
  return new Map(modules.flatMap((m) => m.indicators).map((i) => [i.key, i]));
}

/** Whether the product computes it (SQL or a ratio of computed figures) or a person enters it. */
export function indicatorSource(i: Indicator): 'computed' | 'entered' {
  return i.sql || i.ratioOf ? 'computed' : 'entered';
}
