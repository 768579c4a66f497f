/**
 * The operationId of a route, from its method and URL alone, so every route gets one without
 * writing it: GET /api/members/:id/card → getMembersByIdCard. Stable while the URL stays; a route
 * may still set schema.operationId itself. openapi.test.ts checks that no two operations share one.
 */
export function operationIdFor(method: string, url: string): string {
  const words = url
    .replace(/^\/api\//, '')
    .split('/')
    .filter(Boolean)
    .flatMap((segment) => {
      // Fastify writes a parameter ":id", the OpenAPI document "{id}".
      const param = /^(?::(\w+)|\{(\w+)\})$/.exec(segment);
      if (param) return ['by', param[1] ?? param[2]!];
      return segment.split(/[^A-Za-z0-9]+/).filter(Boolean);
    });
  return [method.toLowerCase(), ...words]
    .map((w, i) => (i === 0 ? w : w.charAt(0).toUpperCase() + w.slice(1)))
    .join('');
}
