import { menuGroups, type MenuEntry, type MenuGroup, type WebModule } from './web-module';

/** The entry a path belongs to: the longest matching prefix ('/' matches only the home page). */
export function selectedEntry(entries: MenuEntry[], pathname: string): MenuEntry | undefined {
  let best: { entry: MenuEntry; length: number } | undefined;
  for (const entry of entries) {
    for (const p of entry.paths) {
      const matches = p === '/' ? pathname === '/' : pathname === p || pathname.startsWith(`${p}/`);
      if (matches && (!best || p.length > best.length)) best = { entry, length: p.length };
    }
  }
  return best?.entry;
}

/** The entries this user may open, grouped in menu order; empty groups are left out. */
export function groupedEntries(
  modules: WebModule[],
  permissions: readonly string[],
): { group: MenuGroup; entries: MenuEntry[] }[] {
  const visible = modules
    .flatMap((m) => m.menu ?? [])
    .filter((e) => !e.permission || permissions.includes(e.permission));
  return menuGroups
    .map((group) => ({ group, entries: visible.filter((e) => e.group === group) }))
    .filter((g) => g.entries.length > 0);
}
