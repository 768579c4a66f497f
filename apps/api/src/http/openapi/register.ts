import type { FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import { SESSION_COOKIE } from '../../modules/auth/sessions';
import { describeRoute } from './describe-route';
import { finishDocument, type ModuleInfo } from './finish-document';

/**
 * The OpenAPI document (/api/openapi.json): zod's schemas per route (fastify-type-provider-zod), what the
 * route declaration adds (describe-route.ts), then what the whole API shares (finish-document.ts).
 * Register before the routes: @fastify/swagger collects them as they are added.
 */
export async function registerOpenApi(
  app: FastifyInstance,
  opts: { publicUrl: string; modules: readonly ModuleInfo[] },
) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'Công Đoàn Số API', version: '0.1.0', description: 'API của Công Đoàn Số' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } } },
    },
    transform: describeRoute,
    transformObject: (input) => {
      const doc = 'openapiObject' in input ? input.openapiObject : input.swaggerObject;
      return finishDocument(doc, opts);
    },
  });
}

/** Tags every route a module registers with the module's name (its tag in the document), over any tags the route sets. */
export function tagModuleRoutes(scope: FastifyInstance, moduleName: string) {
  scope.addHook('onRoute', (route) => {
    route.schema = { ...route.schema, tags: [moduleName] };
  });
}
