import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AppError, changePasswordBody, loginBody, meResponse, okBody } from '@congdoan/domain';
import { ctxOf } from '../../http/request-ctx';
import { requireActor } from '../../context/context';
import { changePassword } from './change-password';
import { DEVICE_COOKIE, DEVICE_DAYS, parseDeviceCookie } from './known-device';
import { login } from './login';
import { logout } from './logout';
import { toMe } from './me';
import { resolveSession, SESSION_COOKIE } from './sessions';

export async function authRoutes(app: FastifyInstance) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const { config } = app.deps;
  const cookieOptions = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure: config.secureCookies };
  // Only the sign-in route reads the known-device cookie, so no other request carries it.
  const deviceCookieOptions = {
    path: '/api/auth/login',
    httpOnly: true,
    sameSite: 'strict' as const,
    secure: config.secureCookies,
    maxAge: DEVICE_DAYS * 86400,
  };

  r.post(
    '/api/auth/login',
    {
      config: { permission: 'public' },
      schema: { tags: ['auth'], summary: 'Đăng nhập', body: loginBody, response: { 200: meResponse } },
    },
    async (request, reply) => {
      const ctx = ctxOf(request);
      const deviceTokens = parseDeviceCookie(request.cookies[DEVICE_COOKIE]);
      const { token, deviceCookie } = await login(ctx, {
        ...request.body,
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
        deviceTokens,
        warn: (data, message) => request.log.warn(data, message),
      }).catch((error: unknown) => {
        // A sign-in delay or the per-IP limit: tell clients (and the login page) when to come back.
        const seconds = error instanceof AppError ? error.details?.retryAfterSeconds : undefined;
        if (typeof seconds === 'number') void reply.header('Retry-After', String(seconds));
        throw error;
      });
      const session = await resolveSession(app.deps.pool, token, config.sessionTtl);
      if (session.kind !== 'ok') throw new AppError('UNAUTHENTICATED');
      // The session cookie first: clients (and the tests) that keep one cookie keep this one.
      reply.setCookie(SESSION_COOKIE, token, { ...cookieOptions, maxAge: config.sessionMaxAge });
      reply.setCookie(DEVICE_COOKIE, deviceCookie, deviceCookieOptions);
      return { user: toMe(session.actor), csrfToken: session.actor.csrfToken };
    },
  );

  r.post(
    '/api/auth/logout',
    {
      config: { permission: 'authenticated' },
      schema: { tags: ['auth'], summary: 'Đăng xuất', response: { 200: okBody } },
    },
    async (request, reply) => {
      await logout(ctxOf(request));
      reply.clearCookie(SESSION_COOKIE, cookieOptions);
      return { ok: true as const };
    },
  );

  r.get(
    '/api/auth/me',
    {
      config: { permission: 'authenticated' },
      schema: { tags: ['auth'], summary: 'Người dùng hiện tại', response: { 200: meResponse } },
    },
    async (request) => {
      const actor = requireActor(ctxOf(request));
      return { user: toMe(actor), csrfToken: actor.csrfToken };
    },
  );

  r.post(
    '/api/auth/change-password',
    {
      config: { permission: 'authenticated' },
      schema: { tags: ['auth'], summary: 'Đổi mật khẩu', body: changePasswordBody, response: { 200: okBody } },
    },
    async (request) => {
      await changePassword(ctxOf(request), request.body);
      return { ok: true as const };
    },
  );
}
