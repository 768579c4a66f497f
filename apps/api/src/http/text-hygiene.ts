import type { FastifyInstance } from 'fastify';
import type { MultipartFile } from '@fastify/multipart';
import { AppError } from '@congdoan/domain';

// C0 controls. PostgreSQL refuses NUL in text and jsonb (a 500 before this hook existed); the others
// have no business in names, codes or search terms. Tab, CR and LF may stand in multi-line JSON text.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const ANY_CONTROL = /[\u0000-\u001f]/;
// eslint-disable-next-line no-control-regex -- as above
const CONTROL_BUT_WHITESPACE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

const BOUNDARY = /;\s*boundary=("[^"]+"|[^\s;]+)/i;

/** Deeper JSON than any of our contracts uses; the limit keeps recursive walkers (ours, JSON.stringify) safe. */
export const MAX_JSON_DEPTH = 32;

export type TextRule = 'single-line' | 'multi-line';

/** One string from a client: refused with CONTROL_CHARACTERS if it holds a control character, else NFC. */
export function cleanText(value: string, rule: TextRule, field?: string): string {
  const pattern = rule === 'single-line' ? ANY_CONTROL : CONTROL_BUT_WHITESPACE;
  if (pattern.test(value)) throw new AppError('CONTROL_CHARACTERS', field ? { field } : undefined);
  return value.normalize('NFC');
}

/** A parsed JSON value with every string and key checked and NFC-normalised. */
export function cleanJson(value: unknown, rule: TextRule = 'multi-line', path = '', depth = 0): unknown {
  if (typeof value === 'string') return cleanText(value, rule, path || undefined);
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_JSON_DEPTH) throw new AppError('NESTING_TOO_DEEP');
  if (Array.isArray(value)) return value.map((v, i) => cleanJson(v, rule, `${path}[${i}]`, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    const key = cleanText(k, 'single-line', path ? `${path}.${k}` : k);
    // defineProperty: a key "__proto__" stays a plain key instead of replacing the prototype.
    Object.defineProperty(out, key, {
      value: cleanJson(v, rule, path ? `${path}.${key}` : key, depth + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return out;
}

/**
 * A multipart file part: its file name (single line, NFC, returned) and the text fields sent before it
 * (multi-line) are checked like JSON. Field values are normalised in place for handlers that read them.
 */
export function cleanMultipart(file: MultipartFile): string {
  for (const [name, parts] of Object.entries(file.fields)) {
    for (const part of [parts ?? []].flat()) {
      cleanText(name, 'single-line', 'fieldName');
      if (part.type !== 'field') continue;
      if (typeof part.value === 'string') part.value = cleanText(part.value, 'multi-line', name);
    }
  }
  return cleanText(file.filename, 'single-line', 'fileName');
}

/**
 * Text hygiene at the edge, for every route: JSON bodies (deep), query strings and path parameters are
 * checked for control characters and normalised to NFC before validation. Runs after the guard
 * (onRequest), so an anonymous request to a protected route is refused before anything is read.
 * Multipart uploads are read by the handler; storage/upload.ts cleans their field values and file names.
 */
export function registerTextHygiene(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => {
    if (request.query && typeof request.query === 'object') {
      request.query = cleanJson(request.query, 'single-line', 'query');
    }
    if (request.params && typeof request.params === 'object') {
      request.params = cleanJson(request.params, 'single-line', 'params');
    }
    if (request.isMultipart()) {
      // busboy throws a plain Error ("Boundary not found") later, inside the handler: refuse it here.
      if (!BOUNDARY.test(request.headers['content-type'] ?? '')) throw new AppError('MULTIPART_BOUNDARY_MISSING');
    } else if (request.body !== undefined) {
      request.body = cleanJson(request.body);
    }
  });
}
