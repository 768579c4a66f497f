import vi from '../apps/web/src/app/i18n/vi.json' with { type: 'json' };
import en from '../apps/web/src/app/i18n/en.json' with { type: 'json' };

type Tree = { [key: string]: string | Tree };

/** The UI's own strings, so the journeys follow the translations rather than copies of them. */
function lookup(tree: Tree, key: string): string {
  const value = key
    .split('.')
    .reduce<string | Tree | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), tree);
  if (typeof value !== 'string') throw new Error(`missing i18n key ${key}`);
  return value;
}
export const tVi = (key: string) => lookup(vi, key);
export const tEn = (key: string) => lookup(en, key);
