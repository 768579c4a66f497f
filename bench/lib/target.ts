// Start the benchmark target (bench/server.ts) in a child process and stop it again.
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';

export type TargetSpec =
  { kind: 'fresh'; baseUrl: string } | { kind: 'existing'; url: string } | { kind: 'embedded'; dataDir: string };

export type Target = {
  label: string;
  app: string;
  hello: string;
  dbUrl: string;
  /** Demo one-time password (fresh targets only). */
  password?: string;
  /** Peak resident memory of the server process so far, MB (Linux VmHWM). */
  peakRssMb: () => number;
  stop: () => Promise<void>;
};

export function describeTarget(spec: TargetSpec): string {
  if (spec.kind === 'embedded') return `embedded PostgreSQL (${spec.dataDir})`;
  if (spec.kind === 'existing') return `PostgreSQL server (${new URL(spec.url).pathname.slice(1)})`;
  return 'PostgreSQL server (fresh demo database)';
}

export async function startTarget(spec: TargetSpec): Promise<Target> {
  const env: Record<string, string> = { ...(process.env as Record<string, string>), BENCH_TARGET: spec.kind };
  if (spec.kind === 'fresh') env.BENCH_DATABASE_URL = spec.baseUrl;
  if (spec.kind === 'existing') env.BENCH_DATABASE_URL = spec.url;
  if (spec.kind === 'embedded') env.BENCH_EMBEDDED_DIR = spec.dataDir;
  const child: ChildProcess = fork('bench/server.ts', { execArgv: ['--import', 'tsx'], env });
  const ready = await new Promise<{ appPort: number; helloPort: number; password?: string; dbUrl: string }>(
    (resolve, reject) => {
      child.once('message', (m) => resolve(m as never));
      child.once('exit', (code) => reject(new Error(`benchmark server exited with ${code}`)));
    },
  );
  return {
    label: describeTarget(spec),
    app: `http://127.0.0.1:${ready.appPort}`,
    hello: `http://127.0.0.1:${ready.helloPort}`,
    dbUrl: ready.dbUrl,
    password: ready.password,
    peakRssMb: () => {
      const status = fs.readFileSync(`/proc/${child.pid}/status`, 'utf8');
      return Number(/VmHWM:\s+(\d+)/.exec(status)![1]) / 1024;
    },
    stop: async () => {
      child.removeAllListeners('exit');
      child.send('stop');
      await new Promise((r) => child.once('exit', r));
    },
  };
}
