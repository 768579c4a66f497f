import { createHash } from 'node:crypto';

// Named (prepared) statements: each pooled connection parses and plans a named statement once and then
// only binds and runs it. For the short queries of a list page, planning costs as much as running them.
// Dynamic SQL (filters chosen per request) gets one name per distinct text, bounded so a connection never
// holds more than MAX_NAMES statements; beyond that, texts run unnamed as before.
const MAX_NAMES = 200;
const names = new Map<string, string>();

/** A query config naming `text` (same text → same name in every process), or unnamed past the bound. */
export function prepared(text: string, values: unknown[]): { text: string; values: unknown[]; name?: string } {
  let name = names.get(text);
  if (!name && names.size < MAX_NAMES) {
    name = 'q_' + createHash('sha1').update(text).digest('base64url');
    names.set(text, name);
  }
  return name ? { name, text, values } : { text, values };
}
