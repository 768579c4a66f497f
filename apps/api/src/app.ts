import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import multipart from '@fastify/multipart';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import { trustProxyOption, type Config } from './config';
import { registerErrorHandling } from './http/errors';
import { registerGuard } from './http/guard';
import { registerOpenApi, tagModuleRoutes } from './http/openapi/register';
import { registerTextHygiene } from './http/text-hygiene';
import { registerSecurityHeaders } from './http/security-headers';
import { QuietRequestLog } from './http/request-log';
import type { Deps } from './http/request-ctx';
import './http/route-permission';
import { modules as allModules } from './modules/index';
import type { ModuleDeclaration } from './modules/declaration';
import { diskFileStore, type FileStore } from './storage/file-store';

export const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

/** Every feature module's routes, in registration order (tests walk them too). */
export const featureRoutes = allModules.flatMap((m) => m.routes);

export type BuildOptions = {
  config: Config;
  pool: pg.Pool;
  dbMode: 'embedded' | 'server';
  /** Where uploads and generated files go; default DATA_DIR/files on disk. */
  files?: FileStore;
  /** Serve the built web app (apps/web/dist) when present. */
  serveWeb?: boolean;
  logger?: boolean;
  /** The modules to serve; default the list in modules/index.ts (a test may add one). */
  modules?: readonly ModuleDeclaration[];
};

/** Build the Fastify app: one error handler, the guard, every feature module, OpenAPI and the web app. */
export async function buildApp(opts: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger === false ? false : { level: opts.config.logLevel },
    // Ordinary requests are logged at debug, slow ones at info (http/request-log.ts).
    logController: new QuietRequestLog(),
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
    },
    bodyLimit: 1024 * 1024,
    trustProxy: trustProxyOption(opts.config.trustProxy),
    routerOptions: { maxParamLength: 200 },
    ajv: { customOptions: { removeAdditional: false } },
  });
  const files = opts.files ?? diskFileStore(path.join(opts.config.dataDir, 'files'));
  const deps: Deps = { pool: opts.pool, config: opts.config, dbMode: opts.dbMode, files };
  app.decorate('deps', deps);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const serveWeb = opts.serveWeb !== false && fs.existsSync(path.join(webDist, 'index.html'));
  registerErrorHandling(app, serveWeb);
  registerSecurityHeaders(app, opts.config.secureCookies);
  await app.register(cookie);
  // Uploads: one file per request, size limits set per route by receiveUpload().
  await app.register(multipart, { limits: { files: 1, fields: 20, fieldSize: 64 * 1024, parts: 25 } });
  const modules = opts.modules ?? allModules;
  await registerOpenApi(app, { publicUrl: opts.config.publicUrl, modules });
  registerGuard(app, opts.pool, opts.config.sessionTtl, opts.config.apiDocs);
  registerTextHygiene(app);
  if (opts.config.apiDocs !== 'off') {
    await app.register(swaggerUi, { routePrefix: '/api/docs' });
    const permission = opts.config.apiDocs;
    app.get('/api/openapi.json', { config: { permission }, schema: { hide: true } }, async () => app.swagger());
  }

  // Every module's routes, from the one list (modules/index.ts), tagged with the module's name.
  for (const m of modules) {
    await app.register(async (scope) => {
      tagModuleRoutes(scope, m.name);
      for (const routes of m.routes) await scope.register(routes);
    });
  }

  if (serveWeb) await app.register(fastifyStatic, { root: webDist, wildcard: false });
  return app;
}
