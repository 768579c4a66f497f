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

// Database timeouts in milliseconds: "500ms", "15s", "30m", or plain seconds; 0 turns one off.
const millis = z
  .string()
  .regex(/^\d+\s*(ms|s|m|h)?$/, 'dạng 500ms, 15s, 30m hoặc số giây')
  .transform((value) => {
    const match = /^(\d+)\s*(ms|s|m|h)?$/.exec(value)!;
    const unit = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[(match[2] ?? 's') as 'ms' | 's' | 'm' | 'h'];
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
  DB_POOL_MAX: z.coerce.number().int().min(2).max(200).default(10),
  DB_ACQUIRE_TIMEOUT: millis.default(5000),
  DB_STATEMENT_TIMEOUT: millis.default(15_000),
  DB_LOCK_TIMEOUT: millis.default(5000),
  DB_IDLE_TX_TIMEOUT: millis.default(30_000),
  JOB_STATEMENT_TIMEOUT: millis.default(30 * 60_000),
  JOB_LOCK_TIMEOUT: millis.default(60_000),
  JOB_IDLE_TX_TIMEOUT: millis.default(5 * 60_000),
  SHUTDOWN_DRAIN: millis.default(5000),
});

/** What one kind of work may wait for, in milliseconds (0 = no limit). */
export type DbTimeouts = { acquire: number; statement: number; lock: number; idleInTransaction: number };

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
  /** Connections in the request pool (jobs have their own small pools). */
  dbPoolMax: number;
  /** Requests: short, so a stuck lock answers 503 instead of piling up. */
  requestTimeouts: DbTimeouts;
  /** Background jobs and timers: long statements are their purpose; locks are still bounded. */
  jobTimeouts: DbTimeouts;
  /** On SIGTERM: how long in-flight work may finish before its queries are cancelled. */
  shutdownDrainMs: number;
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
    dbPoolMax: c.DB_POOL_MAX,
    requestTimeouts: {
      acquire: c.DB_ACQUIRE_TIMEOUT,
      statement: c.DB_STATEMENT_TIMEOUT,
      lock: c.DB_LOCK_TIMEOUT,
      idleInTransaction: c.DB_IDLE_TX_TIMEOUT,
    },
    jobTimeouts: {
      // a job waits for a connection of its own small pool; a minute means something is wrong
      acquire: 60_000,
      statement: c.JOB_STATEMENT_TIMEOUT,
      lock: c.JOB_LOCK_TIMEOUT,
      idleInTransaction: c.JOB_IDLE_TX_TIMEOUT,
    },
    shutdownDrainMs: c.SHUTDOWN_DRAIN,
  };
}
