import { describe, expect, it } from 'vitest';
import baseEn from './en.json';
import baseVi from './vi.json';
import { webModules } from '../../modules';
import { mergeTranslations } from '../modules/translations';

type Tree = { [key: string]: string | Tree };

/** Every leaf as [dotted.key, value]. */
function leaves(tree: Tree, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]): [string, unknown][] =>
    value !== null && typeof value === 'object' ? leaves(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value]],
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('web translations (the app and every module)', () => {
  const viLeaves = new Map(leaves(mergeTranslations(baseVi, webModules, 'vi')));
  const enLeaves = new Map(leaves(mergeTranslations(baseEn, webModules, 'en')));

  it('vi and en have exactly the same keys', () => {
    expect([...enLeaves.keys()].sort()).toEqual([...viLeaves.keys()].sort());
  });

  it('each module has the same namespaces in vi and en', () => {
    for (const m of webModules) expect(Object.keys(m.i18n.en).sort(), m.name).toEqual(Object.keys(m.i18n.vi).sort());
  });

  it('has no empty or non-string values', () => {
    for (const [key, value] of [...viLeaves, ...enLeaves]) {
      expect(typeof value, key).toBe('string');
      expect((value as string).trim(), key).not.toBe('');
    }
  });

  it('uses the same {{placeholders}} in both languages', () => {
    for (const [key, value] of viLeaves) {
      expect(placeholders(String(enLeaves.get(key))), key).toEqual(placeholders(String(value)));
    }
  });

  it('names every role, every org unit kind, every menu group and every menu entry', async () => {
    const { roles, orgUnitKinds } = await import('@congdoan/domain');
    const { menuGroups } = await import('../modules/web-module');
    for (const role of roles) expect(viLeaves.has(`roles.${role}`), role).toBe(true);
    for (const kind of orgUnitKinds) expect(viLeaves.has(`unitKinds.${kind}`), kind).toBe(true);
    for (const group of menuGroups) expect(viLeaves.has(`menu.groups.${group}`), group).toBe(true);
    for (const entry of webModules.flatMap((m) => m.menu ?? []))
      expect(viLeaves.has(entry.label), entry.key).toBe(true);
  });

  it('refuses a module that takes a namespace already in use', () => {
    const clash = { name: 'clash', i18n: { vi: { members: { x: 'y' } }, en: { members: { x: 'y' } } } };
    expect(() => mergeTranslations(baseVi, [...webModules, clash], 'vi')).toThrow(/members.*clash/);
  });
});
