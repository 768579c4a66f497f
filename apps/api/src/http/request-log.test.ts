import { Writable } from 'node:stream';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { QuietRequestLog } from './request-log';

function appWithLog(level: string, slowMs: number) {
  const lines: { msg: string; level: number }[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      lines.push(JSON.parse(chunk.toString()) as { msg: string; level: number });
      done();
    },
  });
  const app = Fastify({ logger: { level, stream }, logController: new QuietRequestLog(slowMs) });
  app.get('/fast', async () => ({ ok: true }));
  app.get('/slow', async () => {
    await new Promise((r) => setTimeout(r, 60));
    return { ok: true };
  });
  app.get('/boom', async () => {
    throw new Error('boom');
  });
  return { app, lines };
}

describe('request log', () => {
  it('writes nothing at info for an ordinary request, one line for a slow or failed one', async () => {
    const { app, lines } = appWithLog('info', 50);
    await app.inject('/fast');
    expect(lines).toEqual([]);
    await app.inject('/slow');
    expect(lines.map((l) => l.msg)).toEqual(['slow request']);
    lines.length = 0;
    await app.inject('/boom');
    expect(lines.some((l) => l.msg === 'request errored' || l.level >= 50)).toBe(true);
  });

  it('logs every request at debug', async () => {
    const { app, lines } = appWithLog('debug', 50);
    await app.inject('/fast');
    expect(lines.map((l) => l.msg)).toEqual(['incoming request', 'request completed']);
  });
});
