// The real server as a child process (`node --import tsx apps/api/src/main.ts`), for tests of what only a whole
// process shows: signals, the job process, exit codes.
import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../../..');

export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((r) => server.close(r));
  return port;
}

export async function until(check: () => Promise<boolean> | boolean, ms: number, what: string) {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export type ServerProcess = {
  child: ChildProcess;
  port: number;
  /** Everything the process (and its job process) printed so far. */
  output: () => string;
  exited: Promise<number | null>;
};

/** Start the server on a free port with `env` over the test's environment; resolves once it is listening. */
export async function startServer(env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/main.ts'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  await until(() => output.includes('đang chạy') || child.exitCode !== null, 90_000, 'the server to start');
  if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}: ${output}`);
  return { child, port, output: () => output, exited };
}
