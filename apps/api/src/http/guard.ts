import type { FastifyInstance, FastifyRequest } from 'fastify';
import type pg from 'pg';
import { AppError } from '@congdoan/domain';
import { hasPermissionAnywhere, type Actor } from '../context/actor';
import { resolveSession, SESSION_COOKIE } from '../modules/auth/sessions';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Refuse to register an /api route without a permission declaration, and check it on
 * every request: session → actor → permission, plus CSRF for cookie-authenticated writes.
 * The check runs in onRequest, before the body is read, parsed or validated: an anonymous
 * client gets 401 whatever it sends, and never makes the server parse a body.
 */
export function registerGuard(
  app: FastifyInstance,
  pool: pg.Pool,
  idleSeconds: number,
  docs: 'public' | 'authenticated' | 'off' = 'public',
) {
  app.decorateRequest('actor', null);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    // The documentation UI's own routes (swagger-ui) are guarded by the API_DOCS setting.
    if (route.url.startsWith('/api/docs'))
      route.config = { ...route.config, permission: docs === 'authenticated' ? docs : 'public' };
    const permission = route.config?.permission;
    if (!permission) throw new Error(`Route ${String(route.method)} ${route.url} has no permission declaration`);
    route.schema = { ...route.schema, 'x-permission': permission } as typeof route.schema;
  });
  app.addHook('onRequest', async (request) => {
    const permission = request.routeOptions.config?.permission;
    if (!permission || permission === 'public') return;
    request.actor = await authenticate(pool, request, idleSeconds);
    const actor = request.actor;
    if (!SAFE_METHODS.has(request.method) && request.headers['x-csrf-token'] !== actor.csrfToken) {
      throw new AppError('CSRF_FAILED');
    }
    if (permission === 'authenticated') return;
    if (actor.mustChangePassword) throw new AppError('PASSWORD_CHANGE_REQUIRED');
    if (!hasPermissionAnywhere(actor, permission)) throw new AppError('FORBIDDEN');
  });
}

async function authenticate(pool: pg.Pool, request: FastifyRequest, idleSeconds: number): Promise<Actor> {
  const token = request.cookies[SESSION_COOKIE];
  if (!token) throw new AppError('UNAUTHENTICATED');
  const found = await resolveSession(pool, token, idleSeconds);
  if (found.kind === 'expired') throw new AppError('SESSION_EXPIRED');
  if (found.kind === 'none') throw new AppError('UNAUTHENTICATED');
  return found.actor;
}
