import fc from 'fast-check';
import { junkString, junkValue } from './junk';

/** The part of JSON Schema our OpenAPI document uses (zod's output: no $ref). */
export type JsonSchema = {
  type?: string;
  format?: string;
  enum?: unknown[];
  nullable?: boolean;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
};

const dates = ['2024-02-29', '2025-07-01', '2023-02-29', '1900-01-01', '2100-12-31', '2026-11-31'];
const dateTimes = ['2024-04-26T07:30:00+07:00', '2024-04-26T00:30:00Z', '9999-12-31T23:59:59Z', '1900-01-01T00:00:00Z'];

/**
 * Values shaped like the schema (so a request gets past validation into the use case), with
 * boundary numbers, real-looking dates and now and then junk of the wrong type at any depth.
 */
export function fromSchema(schema: JsonSchema | undefined, depth = 0): fc.Arbitrary<unknown> {
  if (!schema || depth > 6) return junkValue;
  const typed = typedValue(schema, depth);
  const withNull = schema.nullable ? fc.oneof({ weight: 5, arbitrary: typed }, fc.constant(null)) : typed;
  return fc.oneof({ weight: 8, arbitrary: withNull }, { weight: 1, arbitrary: junkValue });
}

function typedValue(schema: JsonSchema, depth: number): fc.Arbitrary<unknown> {
  const choices = schema.anyOf ?? schema.oneOf ?? schema.allOf;
  if (choices?.length) return fc.oneof(...choices.map((c) => fromSchema(c, depth + 1)));
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case 'string':
      if (schema.format === 'date') return fc.constantFrom(...dates);
      if (schema.format === 'date-time') return fc.constantFrom(...dateTimes);
      if (schema.format === 'email') return fc.constantFrom('a@b.vn', 'x@y', '@');
      return fc.oneof(
        fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 30, 30) }),
        fc.constantFrom('Hòa', 'Quảng Trị', 'LDLD-44', '001190001234', '0912345678'),
        junkString,
      );
    case 'integer':
    case 'number':
      return fc.oneof(
        fc.integer({ min: 1, max: 3000 }),
        fc.constantFrom(schema.minimum ?? 0, schema.maximum ?? 2 ** 53, 2 ** 31, 2 ** 53 - 1),
      );
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(fromSchema(schema.items, depth + 1), { maxLength: 3 });
    case 'object': {
      const props = Object.entries(schema.properties ?? {});
      const required = new Set(schema.required ?? []);
      return fc.record(Object.fromEntries(props.map(([k, s]) => [k, fromSchema(s, depth + 1)])), {
        requiredKeys: props.map(([k]) => k).filter((k) => required.has(k)),
      });
    }
    default:
      return junkValue;
  }
}
