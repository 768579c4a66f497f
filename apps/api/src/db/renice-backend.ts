import fs from 'node:fs';
import os from 'node:os';
import type pg from 'pg';

/**
 * Lower the CPU priority of the PostgreSQL backend serving `client`, so a job's heavy statements (an import's
 * COPY and inserts, the audit sealer) yield the cores to requests. Best effort and only where it is certainly
 * our backend: a backend pid means something only on the database's own host, so the local process must be a
 * PostgreSQL backend whose title names this connection's client port. Remote servers, other users' processes
 * (EPERM) and systems without /proc are left alone. Returns whether the priority was changed.
 *
 * Trade-off (ARCHITECTURE.md): a reniced backend holding a row lock a request needs runs slower under CPU
 * contention; jobs hold no shared lock for long (issue 12), and lock_timeout still bounds any wait.
 */
export function reniceBackend(client: pg.PoolClient | pg.Client, nice: number): boolean {
  const pid = (client as unknown as { processID: number | null }).processID;
  const port = (client as unknown as { connection?: { stream?: { localPort?: number } } }).connection?.stream
    ?.localPort;
  if (!pid || !port || nice <= 0) return false;
  try {
    const title = fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    if (!title.startsWith('postgres:') || !title.includes(`(${port})`)) return false;
    os.setPriority(pid, nice);
    return true;
  } catch {
    return false;
  }
}
