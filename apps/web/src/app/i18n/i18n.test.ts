import { describe, expect, it } from 'vitest';
import en from './en.json';
import vi from './vi.json';

type Tree = { [key: string]: string | Tree };

/** Every leaf as [dotted.key, value]. */
function leaves(tree: Tree, prefix = ''): [string, unknown][] {
  return Object.entries(tree).flatMap(([key, value]): [string, unknown][] =>
    value !== null && typeof value === 'object' ? leaves(value, `${prefix}${key}.`) : [[`${prefix}${key}`, value]],
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('web translations', () => {
  const viLeaves = new Map(leaves(vi));
  const enLeaves = new Map(leaves(en));

  it('vi and en have exactly the same keys', () => {
    expect([...enLeaves.keys()].sort()).toEqual([...viLeaves.keys()].sort());
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

  it('names every role and every org unit kind', async () => {
    const { roles, orgUnitKinds } = await import('@congdoan/domain');
    for (const role of roles) expect(viLeaves.has(`roles.${role}`), role).toBe(true);
    for (const kind of orgUnitKinds) expect(viLeaves.has(`unitKinds.${kind}`), kind).toBe(true);
  });
});
