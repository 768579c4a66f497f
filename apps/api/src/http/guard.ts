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
 */
export function registerGuard(app: FastifyInstance, pool: pg.Pool, idleSeconds: number) {
  app.decorateRequest('actor', null);
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
    const permission = route.config?.permission;
    if (!permission) throw new Error(`Route ${String(route.method)} ${route.url} has no permission declaration`);
    route.schema = { ...route.schema, 'x-permission': permission } as typeof route.schema;
  });
  app.addHook('preHandler', async (request) => {
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
