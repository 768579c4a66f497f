import { isIP } from 'node:net';
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

// Which proxies may tell us the client's address (X-Forwarded-For): nothing (false), the nearest N hops, or a list
// of addresses/CIDRs (also proxy-addr's names loopback, linklocal, uniquelocal). Never "true": trusting every hop
// lets any client pick its own address and dodge the per-IP login limit.
const proxyNames = new Set(['loopback', 'linklocal', 'uniquelocal']);
function isAddressOrCidr(entry: string): boolean {
  if (proxyNames.has(entry)) return true;
  const [address = '', bits, ...rest] = entry.split('/');
  const family = isIP(address);
  if (!family || rest.length > 0) return false;
  if (bits === undefined) return true;
  return /^\d{1,3}$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128);
}
const trustProxy = z
  .string()
  .trim()
  .transform((value, ctx): false | number | string[] => {
    if (value === 'false' || value === '0') return false;
    if (/^\d{1,2}$/.test(value)) return Number(value);
    const entries = value.split(',').map((e) => e.trim());
    const bad = entries.filter((e) => !isAddressOrCidr(e));
    if (value !== 'true' && bad.length === 0) return entries;
    ctx.addIssue({
      code: 'custom',
      message:
        value === 'true'
          ? 'không nhận "true" (tin mọi proxy thì ai cũng giả được địa chỉ): ghi số proxy, ví dụ 1, hoặc danh sách địa chỉ'
          : `cần false, số proxy (1–99) hoặc danh sách địa chỉ/CIDR cách nhau bởi dấu phẩy; sai: ${bad.join(', ')}`,
    });
    return z.NEVER;
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
  DB_POOL_MAX: z.coerce.number().int().min(2).max(200).default(10),
  DB_ACQUIRE_TIMEOUT: millis.default(5000),
  DB_STATEMENT_TIMEOUT: millis.default(15_000),
  DB_LOCK_TIMEOUT: millis.default(5000),
  DB_IDLE_TX_TIMEOUT: millis.default(30_000),
  JOB_STATEMENT_TIMEOUT: millis.default(30 * 60_000),
  JOB_LOCK_TIMEOUT: millis.default(60_000),
  JOB_IDLE_TX_TIMEOUT: millis.default(5 * 60_000),
  SHUTDOWN_DRAIN: millis.default(5000),
  JOBS: z.enum(['process', 'inline', 'off']).default('process'),
  JOB_NICE: z.coerce.number().int().min(0).max(19).default(10),
  TRUST_PROXY: trustProxy.optional(),
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
  /** Who may read /api/docs and /api/openapi.json: everyone, signed-in users, or nobody (not served). */
  apiDocs: 'public' | 'authenticated' | 'off';
  /** Connections in the request pool (jobs have their own small pools). */
  dbPoolMax: number;
  /** Requests: short, so a stuck lock answers 503 instead of piling up. */
  requestTimeouts: DbTimeouts;
  /** Background jobs and timers: long statements are their purpose; locks are still bounded. */
  jobTimeouts: DbTimeouts;
  /** On SIGTERM: how long in-flight work may finish before its queries are cancelled. */
  shutdownDrainMs: number;
  /**
   * Where background jobs and schedules run: `process`, a child process at lower CPU priority (an import's
   * parsing never delays this process's requests); `inline`, in this process; `off`, not here (another API
   * process of the same database runs them).
   */
  jobs: 'process' | 'inline' | 'off';
  /** The job process's CPU priority (nice), also given to its database connections where that is safe. */
  jobNice: number;
  /** Fastify's trustProxy: false, a hop count, or the proxies' addresses/CIDRs (TRUST_PROXY). */
  trustProxy: false | number | string[];
};

export class ConfigError extends Error {}

/**
 * TRUST_PROXY as Fastify's `trustProxy`. A hop count becomes a function: Fastify 5 reads a bare number as "trust
 * nothing"; `hop < n` trusts the n nearest addresses (the socket peer is hop 0), as proxy-addr does for Express.
 */
export function trustProxyOption(
  value: Config['trustProxy'],
): false | string[] | ((_: string, hop: number) => boolean) {
  return typeof value === 'number' ? (_address, hop) => hop < value : value;
}

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
    jobs: c.JOBS,
    jobNice: c.JOB_NICE,
    trustProxy: c.TRUST_PROXY ?? false,
  };
}
