import { STATUS_CODES } from 'node:http';
import { errorCatalog, type ErrorTable } from '@congdoan/domain';
import { byStatus, errorCodesOf } from './error-codes';

type Json = Record<string, unknown>;
type Operation = Json & {
  tags?: string[];
  parameters?: Json[];
  requestBody?: { content?: Record<string, unknown> };
  responses?: Record<string, unknown>;
  'x-permission'?: string;
};

/** What the document needs to know of each module (its tag). */
export type ModuleInfo = { name: string; description: string; errors: ErrorTable };

export type DocumentOptions = { publicUrl: string; modules: readonly ModuleInfo[] };

/** The licence of the whole repository (root package.json); openapi.test.ts checks they agree. */
export const LICENSE = { name: 'AGPL-3.0-or-later', url: 'https://www.gnu.org/licenses/agpl-3.0.html' };

const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'];
const SAFE = new Set(['get', 'head', 'options']);

const errorSchema = {
  type: 'object',
  description: 'Mọi lỗi của API có dạng này (http/errors.ts); `code` ổn định, `message` theo Accept-Language.',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message'],
      properties: {
        code: { type: 'string', enum: Object.keys(errorCatalog).sort() },
        message: { type: 'string' },
        details: { type: 'object', additionalProperties: true },
      },
    },
  },
};

const csrfParameter = {
  name: 'x-csrf-token',
  in: 'header',
  required: true,
  description: 'Mã chống giả mạo của phiên: `csrfToken` trong kết quả của POST /api/auth/login hoặc GET /api/auth/me.',
  schema: { type: 'string' },
};

/**
 * Completes the document @fastify/swagger builds (its transformObject): servers, licence, one tag per
 * module, and per operation the CSRF header where the guard checks it and every error it can give, with
 * the one error schema. Then makes zod's output valid OpenAPI 3.0 (a `nullable` needs a `type` beside it).
 */
export function finishDocument(doc: Json, opts: DocumentOptions): Json {
  const errorsOf = new Map(opts.modules.map((m) => [m.name, m.errors]));
  const paths = (doc.paths ?? {}) as Record<string, Record<string, Operation>>;
  const used = new Set<string>();
  for (const [path, item] of Object.entries(paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      for (const tag of op.tags ?? []) used.add(tag);
      const permission = op['x-permission'] ?? 'public';
      if (permission !== 'public' && !SAFE.has(method)) {
        op.parameters = [...(op.parameters ?? []), { $ref: '#/components/parameters/CsrfToken' }];
      }
      const codes = errorCodesOf({
        method,
        permission,
        hasPathParams: path.includes('{'),
        upload: Boolean(op.requestBody?.content?.['multipart/form-data']),
        download: JSON.stringify(op.responses?.['200'] ?? {}).includes('"format":"binary"'),
        moduleErrors: errorsOf.get(op.tags?.[0] ?? '') ?? {},
      });
      const responses = { ...op.responses };
      for (const [status, list] of byStatus(codes)) {
        responses[status] = {
          description: `${STATUS_CODES[Number(status)] ?? 'Error'}: ${list.join(', ')}`,
          content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
        };
      }
      op.responses = responses;
    }
  }
  const components = (doc.components ?? {}) as Json;
  const info = (doc.info ?? {}) as Json;
  return typeNullables({
    ...doc,
    info: { ...info, license: LICENSE },
    // PUBLIC_URL for clients generated elsewhere; '/' for the documentation page opened at another address.
    servers: [
      { url: opts.publicUrl.replace(/\/+$/, ''), description: 'Máy chủ này (PUBLIC_URL)' },
      { url: '/', description: 'Cùng địa chỉ với trang tài liệu này' },
    ],
    tags: opts.modules.filter((m) => used.has(m.name)).map((m) => ({ name: m.name, description: m.description })),
    components: {
      ...components,
      schemas: { ...(components.schemas as Json), Error: errorSchema },
      parameters: { ...(components.parameters as Json), CsrfToken: csrfParameter },
    },
  }) as Json;
}

/**
 * OpenAPI 3.0 ignores `nullable` without a `type` in the same object; zod writes it beside an anyOf
 * (a nullable union). Move it into each branch, where it has a type.
 */
function typeNullables(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(typeNullables);
  if (!node || typeof node !== 'object') return node;
  const out: Json = Object.fromEntries(Object.entries(node).map(([k, v]) => [k, typeNullables(v)]));
  if (out.nullable === true && out.type === undefined) {
    const branches = (out.anyOf ?? out.oneOf) as Json[] | undefined;
    delete out.nullable;
    if (branches) for (const b of branches) pushNullable(b);
  }
  return out;
}

function pushNullable(branch: Json) {
  if (branch.type !== undefined) branch.nullable = true;
  else for (const b of ((branch.anyOf ?? branch.oneOf) as Json[] | undefined) ?? []) pushNullable(b);
}
