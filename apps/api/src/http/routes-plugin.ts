import type { FastifyInstance } from 'fastify';

/** A module's routes: app.ts registers each one a module declares. */
export type RoutesPlugin = (app: FastifyInstance) => Promise<void>;
