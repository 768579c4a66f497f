import type { FastifySchema } from 'fastify';
import type { SwaggerTransform } from '@fastify/swagger';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import { operationIdFor } from './operation-id';

type Schema = FastifySchema & Record<string, unknown>;

const MULTIPART = 'multipart/form-data';
const binary = { type: 'string', format: 'binary' };

/** The one file an upload route reads (storage/upload.ts takes the first file part, whatever its name). */
const uploadForm = {
  type: 'object',
  required: ['file'],
  properties: { file: { ...binary, description: 'Tệp tải lên (loại và dung lượng tối đa: xem mô tả thao tác)' } },
};

/**
 * What the OpenAPI document says of one route, beyond zod's schemas (fastify-type-provider-zod), read
 * from the route declaration: its operationId from method and URL, the session it needs from
 * config.permission, an upload form from `consumes: ['multipart/form-data']`, and a file download
 * from `produces`. Only the document changes: Fastify validates with the route's own schema.
 */
export const describeRoute: SwaggerTransform = (input) => {
  const { schema, url } = jsonSchemaTransform(input);
  const { route } = input;
  const out = { ...schema } as Schema;
  if (out.hide) return { schema: out, url };
  const method = Array.isArray(route.method) ? String(route.method[0]) : String(route.method);
  out.operationId ??= operationIdFor(method, route.url);
  const permission = route.config?.permission;
  out.security = permission === 'public' ? [] : [{ session: [] }];

  const consumes = (out.consumes as string[] | undefined) ?? [];
  if (consumes.includes(MULTIPART)) {
    // Multipart is read by the handler, not by Fastify: the form is described here; a JSON alternative
    // (the route's zod body, if any) keeps its schema.
    const content: Record<string, { schema: unknown }> = { [MULTIPART]: { schema: uploadForm } };
    for (const type of consumes) if (type !== MULTIPART && out.body) content[type] = { schema: out.body };
    out.body = { content };
    delete out.consumes;
  }

  const produces = out.produces as string[] | undefined;
  if (produces && !out.response) {
    out.response = {
      200: {
        description: 'Tệp tải về',
        headers: { 'content-disposition': { type: 'string', description: 'attachment; filename*=UTF-8…' } },
        content: Object.fromEntries(produces.map((type) => [type, { schema: binary }])),
      },
    };
    delete out.produces;
  }
  return { schema: out, url };
};
