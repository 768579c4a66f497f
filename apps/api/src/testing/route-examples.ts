import { modules } from '../modules/index';
import type { TestApp } from './test-app';

/**
 * One example call per API operation, keyed "METHOD /openapi/path", declared by each module in
 * modules/<name>/<name>.examples.ts (`export const examples`), found here through the module list. The authorization and audit-coverage tests walk
 * /api/openapi.json and fail on any operation missing here, so a new route cannot ship without being
 * tested for permission and audit.
 *
 * `build` runs before signing in as `as`, so it may (re)create that account.
 * - `as`: a demo account whose role covers the example (Quảng Trị or the whole confederation).
 * - `self`: the route acts on the caller only (no other branch to test against).
 * - `list`: for another branch the answer is 200 but must not contain Quảng Trị data.
 */
export type RouteExample = {
  as: string;
  self?: boolean;
  list?: boolean;
  build: (t: TestApp) => Promise<{ url: string; body?: unknown }>;
  /**
   * Other accounts whose scope covers the example (`qt.xem`: a Quảng Trị viewer, `kiemtra`: the auditor):
   * "allowed" must answer 200, "refused" 403/404 with nothing changed.
   */
  others?: Record<string, 'allowed' | 'refused'>;
  /** The route takes a file (receiveUpload): the example sends it as multipart. */
  upload?: boolean;
};

/** Every module's examples in one table; two modules giving an example for one route is an error. */
export async function loadRouteExamples(): Promise<Record<string, RouteExample>> {
  const all: Record<string, RouteExample> = {};
  for (const m of modules) {
    if (m.routes.length === 0) continue;
    const file = (await import(`../modules/${m.name}/${m.name}.examples.ts`)) as {
      examples?: Record<string, RouteExample>;
    };
    for (const [key, example] of Object.entries(file.examples ?? {})) {
      if (all[key]) throw new Error(`${key}: example declared twice (module ${m.name})`);
      all[key] = example;
    }
  }
  return all;
}
