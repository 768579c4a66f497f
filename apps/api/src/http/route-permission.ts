import type { Permission } from '@congdoan/domain';

/**
 * Every /api route declares who may call it. 'public' needs no session; 'authenticated' needs
 * any session (even one that must still change its password); a Permission needs a role that
 * includes it somewhere. Subtree scope is then checked in SQL by the use case.
 */
export type RoutePermission = 'public' | 'authenticated' | Permission;

declare module 'fastify' {
  interface FastifyContextConfig {
    permission?: RoutePermission;
  }
}
