import { requireActor, type Ctx } from '../../context/context';
import type { HomeEntry } from '../declaration';
import { modules } from '../index';

/** What waits for the official across the modules, each module answering for itself (module.ts `home`). */
export async function homeEntries(ctx: Ctx): Promise<{ items: HomeEntry[] }> {
  requireActor(ctx);
  const items: HomeEntry[] = [];
  for (const m of modules) if (m.home) items.push(...(await m.home(ctx)));
  return { items: items.filter((e) => e.count > 0) };
}
