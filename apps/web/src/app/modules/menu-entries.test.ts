import { describe, expect, it } from 'vitest';
import { Permission } from '@congdoan/domain';
import { webModules } from '../../modules';
import { groupedEntries, selectedEntry } from './menu-entries';

const all = webModules.flatMap((m) => m.menu ?? []);

describe('the module menu', () => {
  it('selects the entry with the longest matching path', () => {
    expect(selectedEntry(all, '/')?.key).toBe('units');
    expect(selectedEntry(all, '/units/12')?.key).toBe('units');
    expect(selectedEntry(all, '/members/123')?.key).toBe('members');
    expect(selectedEntry(all, '/members/import/4')?.key).toBe('import');
    expect(selectedEntry(all, '/dialogues/3')?.key).toBe('petitions');
    expect(selectedEntry(all, '/membersx')).toBeUndefined();
    expect(selectedEntry(all, '/account/password')).toBeUndefined();
  });

  it('groups what a user may open, in group order, and hides empty groups', () => {
    const viewer = groupedEntries(webModules, [Permission.OrgRead, Permission.MemberRead]);
    expect(viewer.map((g) => g.group)).toEqual(['organisation', 'members']);
    expect(viewer.flatMap((g) => g.entries.map((e) => e.key))).toEqual(['units', 'members']);
    const everything = groupedEntries(webModules, Object.values(Permission));
    expect(everything.map((g) => g.group)).toEqual([
      'organisation',
      'members',
      'movement',
      'care',
      'labourRelations',
      'reports',
      'admin',
    ]);
  });

  it('gives every entry a unique key and test id, and a route that exists', () => {
    expect(new Set(all.map((e) => e.key)).size).toBe(all.length);
    expect(new Set(all.map((e) => e.testId)).size).toBe(all.length);
    const paths = webModules.flatMap((m) => (m.routes ?? []).map((r) => (r.index ? '/' : `/${r.path ?? ''}`)));
    for (const e of all) {
      const target = e.to.replace(/\/$/, '') || '/';
      expect(
        paths.some((p) => p.replace(/\/:\w+\??$/, '') === target || p === target),
        e.to,
      ).toBe(true);
    }
  });
});
