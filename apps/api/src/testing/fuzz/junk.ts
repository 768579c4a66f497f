import fc from 'fast-check';

/** Nested arrays or objects `depth` levels deep (built iteratively: JSON.stringify copes, recursion might not). */
export function deep(depth: number, kind: 'array' | 'object'): unknown {
  let value: unknown = 'đáy';
  for (let i = 0; i < depth; i++) value = kind === 'array' ? [value] : { a: value };
  return value;
}

// Strings a client can send that have broken servers: controls, NUL, odd Unicode, injection, edge dates.
const hostileStrings = [
  '\u0000',
  'Nguyễn\u0000Văn',
  '\u0001\u0007\u001b[31m\u001f',
  '\t\r\n',
  '',
  ' ',
  'null',
  'undefined',
  '-1',
  '0',
  '1e309',
  'NaN',
  'Infinity',
  '9'.repeat(40),
  '-9223372036854775809',
  '2024-02-30',
  '0000-00-00',
  '1899-12-31',
  '99999-01-01',
  '2024-13-01T25:61:00Z',
  '2024-01-01T00:00:00+99:00',
  '../../etc/passwd',
  "' OR 1=1 --",
  '%00',
  '\\u0000',
  'Hoa\u0300',
  'e\u0301\u0301\u0301\u0301',
  '\ud800',
  '\ufeff\u200b\u202e',
  '😀👨‍👩‍👧',
  'x'.repeat(70_000),
  '<script>alert(1)</script>',
  '{"a":1}',
  '[]',
  '*',
  '%',
  '_',
  '\\',
  'LDLD-44',
];

const hostileNumbers = [
  -1,
  0,
  0.5,
  -0.0001,
  2 ** 31,
  2 ** 31 - 1,
  2 ** 32,
  2 ** 53,
  2 ** 53 + 2,
  2 ** 63,
  -(2 ** 63),
  1e308,
  -1e308,
  Number.MIN_VALUE,
];

export const junkString: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...hostileStrings) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 1, arbitrary: fc.string({ maxLength: 20 }).map((s) => `${s}\u0000${s}`) },
);

export const junkNumber: fc.Arbitrary<number> = fc.oneof(
  fc.constantFrom(...hostileNumbers),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);

/** Any JSON value a hostile client might send where something else was expected. */
export const junkValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: junkString },
  { weight: 3, arbitrary: junkNumber },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(true, false, null, [], {}) },
  { weight: 1, arbitrary: fc.constantFrom(deep(40, 'array'), deep(40, 'object'), deep(300, 'array')) },
  { weight: 1, arbitrary: fc.array(junkString, { maxLength: 3 }) },
  {
    weight: 1,
    arbitrary: fc.dictionary(fc.constantFrom('__proto__', 'constructor', '\u0000', 'a', ''), junkString, {
      maxKeys: 2,
    }),
  },
);
