import fc from 'fast-check';
import { MultipartBody } from '../multipart';
import { fromSchema } from './from-schema';
import { junkString, junkValue } from './junk';
import type { Operation } from '../operations';

/** A request ready for app.inject, with a short description for the failure report. */
export type FuzzRequest = {
  method: string;
  url: string;
  headers: Record<string, string>;
  payload?: string | Buffer;
  shape: string;
};

/** Path parameter values of a real example URL, by the template's names. */
function pathValues(template: string, url: string): Record<string, string> {
  const names = template.split('/');
  const values = new URL(url, 'http://x').pathname.split('/');
  return Object.fromEntries(
    names.flatMap((n, i) => (n.startsWith('{') ? [[n.slice(1, -1), decodeURIComponent(values[i] ?? '')]] : [])),
  );
}

const oneText = (v: unknown) => (typeof v === 'object' && v !== null ? JSON.stringify(v) : String(v));
/** A value as query-string values: an array becomes a repeated key. */
const asText = (v: unknown): string[] => (Array.isArray(v) ? v.map(oneText) : [oneText(v)]);

/** Percent-encoding that keeps a lone surrogate as the invalid UTF-8 a hostile client would send. */
function encode(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return '%ED%A0%80';
  }
}

/** Paths to every leaf of a JSON value, for mutating an example body in place. */
function leaves(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  if (entries.length === 0) return [prefix];
  return entries.flatMap(([k, v]) => leaves(v, [...prefix, k]));
}

function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path.at(-1)!] = value;
  return copy;
}

const multipart = (name: string, content: Buffer, fields: Record<string, string> = {}) => {
  const body = new MultipartBody({ name, content }, fields);
  return { headers: { 'content-type': body.contentType }, payload: body.payload };
};

/**
 * Requests for one operation: its real example with a few values replaced by junk, values built from
 * the schema, and transport-level abuse (bad JSON, wrong content types, multipart without a boundary,
 * hostile file names) — for JSON and upload routes alike.
 */
export function requestsFor(op: Operation, example: { url: string; body?: unknown }): fc.Arbitrary<FuzzRequest> {
  const real = pathValues(op.path, example.url);
  const exampleQuery = new URL(example.url, 'http://x').searchParams;
  const pathParam = (p: Operation['params'][number]) =>
    fc.oneof(
      { weight: 6, arbitrary: fc.constant(real[p.name] ?? '1') },
      { weight: 2, arbitrary: fromSchema(p.schema).map((v) => asText(v)[0] ?? '') },
      { weight: 2, arbitrary: junkString },
    );
  const queryParam = (p: Operation['params'][number]) =>
    fc.oneof(
      { weight: 4, arbitrary: fc.constant(exampleQuery.getAll(p.name)) },
      { weight: 2, arbitrary: fc.constant([]) },
      { weight: 3, arbitrary: fromSchema(p.schema).map(asText) },
      { weight: 2, arbitrary: fc.array(junkString, { minLength: 1, maxLength: 2 }) },
    );
  const pathArb = fc.record(
    Object.fromEntries(op.params.filter((p) => p.in === 'path').map((p) => [p.name, pathParam(p)])),
  );
  const queryArb = fc.record(
    Object.fromEntries(op.params.filter((p) => p.in === 'query').map((p) => [p.name, queryParam(p)])),
  );
  const extraQuery = fc.oneof(
    { weight: 8, arbitrary: fc.constant('') },
    { weight: 1, arbitrary: fc.constantFrom('&a=%00&a[b]=1&=&&', '&q=%ED%A0%80%FF%', '&__proto__=1&constructor=x') },
  );
  const url = fc.tuple(pathArb, queryArb, extraQuery).map(([path, query, extra]) => {
    const p = op.path.replace(/\{(\w+)\}/g, (_, name: string) => encode(path[name] ?? ''));
    const qs = Object.entries(query)
      .flatMap(([k, values]) => values.map((v) => `${k}=${encode(v)}`))
      .join('&')
      .concat(extra);
    return qs ? `${p}?${qs}` : p;
  });
  return fc.tuple(url, bodyFor(op, example.body)).map(([u, b]) => ({ method: op.method, url: u, ...b }));
}

type Body = { headers: Record<string, string>; payload?: string | Buffer; shape: string };

function bodyFor(op: Operation, exampleBody: unknown): fc.Arbitrary<Body> {
  const json = (v: unknown, shape: string): Body => ({
    headers: { 'content-type': 'application/json' },
    payload: JSON.stringify(v) ?? 'null',
    shape,
  });
  const plain = exampleBody instanceof MultipartBody ? undefined : exampleBody;
  const paths = plain === undefined ? [] : leaves(plain);
  const mutated =
    paths.length > 0
      ? fc.array(fc.tuple(fc.constantFrom(...paths), junkValue), { minLength: 1, maxLength: 3 }).map((edits) =>
          json(
            edits.reduce((b, [path, v]) => setAt(b, path, v), plain),
            'example+junk',
          ),
        )
      : fc.constant(json(plain ?? {}, 'example'));
  const file = exampleBody instanceof MultipartBody ? exampleBody.file : { name: 'a.csv', content: Buffer.from('a\n') };
  const uploads = fc.oneof(
    fc.constant({ ...multipart(file.name, file.content), shape: 'upload' }),
    fc
      .tuple(junkString, fc.constantFrom('.csv', '.xlsx', '.docx', '.pdf', '.png', '.jpg', ''))
      .map(([name, ext]) => ({ ...multipart(name + ext, file.content), shape: 'upload, hostile name' })),
    fc
      .uint8Array({ maxLength: 600 })
      .map((bytes) => ({ ...multipart(file.name, Buffer.from(bytes)), shape: 'upload, random bytes' })),
    junkString.map((v) => ({ ...multipart(file.name, file.content, { note: v }), shape: 'upload, junk field' })),
  );
  const transport = fc.constantFrom<Body>(
    { headers: {}, shape: 'no body' },
    { headers: { 'content-type': 'application/json' }, payload: '', shape: 'empty JSON' },
    { headers: { 'content-type': 'application/json' }, payload: '{"a":', shape: 'bad JSON' },
    { headers: { 'content-type': 'application/json' }, payload: '{"a":"\\u0000"}', shape: 'escaped NUL' },
    { headers: { 'content-type': 'application/json' }, payload: '\u0000', shape: 'NUL body' },
    { headers: { 'content-type': 'application/json' }, payload: `${'['.repeat(1e5)}${']'.repeat(1e5)}`, shape: 'deep' },
    { headers: { 'content-type': 'application/json' }, payload: `{"a":1,"a":{"__proto__":{"x":1}}}`, shape: 'proto' },
    { headers: { 'content-type': 'text/plain' }, payload: 'xin chào', shape: 'text/plain' },
    { headers: { 'content-type': 'application/xml' }, payload: '<a/>', shape: 'xml' },
    { headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'a=1', shape: 'form' },
    { headers: { 'content-type': 'multipart/form-data' }, payload: '--x\r\n', shape: 'multipart, no boundary' },
    { headers: { 'content-type': 'multipart/form-data; boundary=zz' }, payload: 'junk', shape: 'multipart, broken' },
  );
  return fc.oneof(
    { weight: 5, arbitrary: mutated },
    { weight: 3, arbitrary: fromSchema(op.body ?? { type: 'object' }).map((v) => json(v, 'from schema')) },
    { weight: 1, arbitrary: junkValue.map((v) => json(v, 'junk')) },
    { weight: exampleBody instanceof MultipartBody ? 5 : 1, arbitrary: uploads },
    { weight: 2, arbitrary: transport },
  );
}
