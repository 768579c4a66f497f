// Stable error codes: one table at run time gives each its HTTP status and its Vietnamese and English message.
// Each module keeps its codes in errors/<module>.ts (declared by its API module.ts); add a code there and
// list a new module's table in errors/index.ts.
import { errorTables } from './errors/index';

export * from './errors/index';

type Joined<U> = (U extends unknown ? (k: U) => void : never) extends (k: infer I) => void ? I : never;

/** Every module's table joined; errors.test.ts proves no two tables share a code. */
export const errorCatalog = Object.freeze(Object.assign({}, ...errorTables)) as Joined<(typeof errorTables)[number]>;

export type ErrorCode = keyof typeof errorCatalog;
export type Lang = 'vi' | 'en';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly details?: Record<string, unknown>,
  ) {
    super(code);
    this.name = 'AppError';
  }
  get status(): number {
    return errorCatalog[this.code].status;
  }
}

/** The message for a code, with {placeholders} filled from details. */
export function errorMessage(code: ErrorCode, lang: Lang, details?: Record<string, unknown>): string {
  const template = errorCatalog[code][lang];
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = details?.[key];
    return typeof value === 'string' || typeof value === 'number' ? String(value) : '';
  });
}
