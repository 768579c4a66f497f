import type { RouteExample } from '../../testing/route-examples';

// Health routes are public: the authorization matrix has nothing to try on them.
export const examples: Record<string, RouteExample> = {};
