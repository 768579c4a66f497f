import fs from 'node:fs';
import path from 'node:path';

type Tree = { [key: string]: string | Tree };

// The app's strings plus each module's own namespaces (apps/web/src/modules/<m>/i18n/<lng>.json),
// so the journeys follow the translations rather than copies of them.
const web = path.resolve(import.meta.dirname, '../apps/web/src');
function strings(lng: 'vi' | 'en'): Tree {
  const read = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as Tree;
  const modules = fs
    .readdirSync(path.join(web, 'modules'))
    .map((m) => path.join(web, 'modules', m, 'i18n', `${lng}.json`))
    .filter((file) => fs.existsSync(file));
  return Object.assign(read(path.join(web, 'app/i18n', `${lng}.json`)), ...modules.map(read)) as Tree;
}
const vi = strings('vi');
const en = strings('en');

function lookup(tree: Tree, key: string): string {
  const value = key
    .split('.')
    .reduce<string | Tree | undefined>((node, part) => (typeof node === 'object' ? node[part] : undefined), tree);
  if (typeof value !== 'string') throw new Error(`missing i18n key ${key}`);
  return value;
}
export const tVi = (key: string) => lookup(vi, key);
export const tEn = (key: string) => lookup(en, key);
