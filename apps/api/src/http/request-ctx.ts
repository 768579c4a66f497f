import type { FastifyRequest } from 'fastify';
import type pg from 'pg';
import type { Config } from '../config';
import type { FileStore } from '../storage/file-store';
import { makeCtx, type Ctx } from '../context/context';
import { langOf } from './errors';

export type Deps = { pool: pg.Pool; config: Config; dbMode: 'embedded' | 'server'; files: FileStore };

declare module 'fastify' {
  interface FastifyInstance {
    deps: Deps;
  }
}

/** The use-case context for one HTTP request. */
export function ctxOf(request: FastifyRequest): Ctx {
  const { pool, config } = request.server.deps;
  return makeCtx({ pool, config, actor: request.actor, source: 'web', requestId: request.id, lang: langOf(request) });
}
