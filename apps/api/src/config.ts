import path from 'node:path';
import { z } from 'zod';

// Durations like "30m", "8h", "7d" or plain seconds.
const duration = z
  .string()
  .regex(/^\d+\s*(s|m|h|d)?$/, 'dạng 30m, 8h, 7d hoặc số giây')
  .transform((value) => {
    const match = /^(\d+)\s*(s|m|h|d)?$/.exec(value)!;
    const unit = { s: 1, m: 60, h: 3600, d: 86400 }[(match[2] ?? 's') as 's' | 'm' | 'h' | 'd'];
    return Number(match[1]) * unit;
  });

const schema = z.object({
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'phải bắt đầu bằng postgres://')
    .optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_TTL: duration.default(8 * 3600),
  SESSION_MAX_AGE: duration.default(7 * 86400),
  PUBLIC_URL: z.url().optional(),
  API_DOCS: z.enum(['public', 'authenticated', 'off']).default('public'),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  /** Idle expiry of a session, in seconds. */
  sessionTtl: number;
  /** Absolute expiry of a session, in seconds. */
  sessionMaxAge: number;
  publicUrl: string;
  secureCookies: boolean;
  /** Who may read /api/docs and /api/openapi.json: everyone, signed-in users, or nobody (not served). */
  apiDocs: 'public' | 'authenticated' | 'off';
};

export class ConfigError extends Error {}

/** Read the environment once; a bad value stops startup with a message naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  - ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Cấu hình không hợp lệ (invalid configuration):\n${lines.join('\n')}`);
  }
  const c = parsed.data;
  const publicUrl = c.PUBLIC_URL ?? `http://localhost:${c.PORT}`;
  return {
    port: c.PORT,
    host: c.HOST,
    dataDir: path.resolve(c.DATA_DIR),
    databaseUrl: c.DATABASE_URL,
    logLevel: c.LOG_LEVEL,
    sessionTtl: c.SESSION_TTL,
    sessionMaxAge: c.SESSION_MAX_AGE,
    publicUrl,
    secureCookies: publicUrl.startsWith('https://'),
    apiDocs: c.API_DOCS,
  };
}
