import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('configuration', () => {
  it('has working defaults', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      databaseUrl: undefined,
      sessionTtl: 8 * 3600,
      secureCookies: false,
      apiDocs: 'public',
    });
    expect(c.dataDir).toMatch(/\/data$/);
  });
  it('parses durations and marks cookies Secure for an https public URL', () => {
    const c = loadConfig({ SESSION_TTL: '30m', SESSION_MAX_AGE: '2d', PUBLIC_URL: 'https://congdoan.example.vn' });
    expect(c.sessionTtl).toBe(1800);
    expect(c.sessionMaxAge).toBe(172800);
    expect(c.secureCookies).toBe(true);
  });
  it('reads API_DOCS and refuses an unknown value', () => {
    expect(loadConfig({ API_DOCS: 'authenticated' }).apiDocs).toBe('authenticated');
    expect(loadConfig({ API_DOCS: 'off' }).apiDocs).toBe('off');
    expect(() => loadConfig({ API_DOCS: 'yes' })).toThrow(/API_DOCS/);
  });
  it('bounds every database wait by default, per role of work, and reads ms/s/m values', () => {
    const c = loadConfig({});
    expect(c.requestTimeouts).toEqual({ acquire: 5000, statement: 15_000, lock: 5000, idleInTransaction: 30_000 });
    expect(c.jobTimeouts).toEqual({ acquire: 60_000, statement: 1_800_000, lock: 60_000, idleInTransaction: 300_000 });
    expect(c.shutdownDrainMs).toBe(5000);
    const d = loadConfig({ DB_LOCK_TIMEOUT: '500ms', JOB_STATEMENT_TIMEOUT: '2h', DB_STATEMENT_TIMEOUT: '20' });
    expect(d.requestTimeouts.lock).toBe(500);
    expect(d.requestTimeouts.statement).toBe(20_000);
    expect(d.jobTimeouts.statement).toBe(7_200_000);
    expect(() => loadConfig({ DB_LOCK_TIMEOUT: 'soon' })).toThrow(/DB_LOCK_TIMEOUT/);
  });
  it('stops with a message naming each bad variable', () => {
    expect(() => loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', SESSION_TTL: 'soon' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: '70000', LOG_LEVEL: 'loud' });
    } catch (error) {
      expect((error as Error).message).toMatch(/PORT/);
      expect((error as Error).message).toMatch(/LOG_LEVEL/);
      expect((error as Error).message).toMatch(/Cấu hình không hợp lệ/);
    }
  });
  it('trusts no proxy unless TRUST_PROXY says so, whatever PUBLIC_URL is', () => {
    expect(loadConfig({ PUBLIC_URL: 'https://congdoan.example.vn' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '0' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.5, 192.168.0.0/16,fd00::/8, loopback' }).trustProxy).toEqual([
      '10.0.0.5',
      '192.168.0.0/16',
      'fd00::/8',
      'loopback',
    ]);
  });
  it('refuses TRUST_PROXY=true and anything that is not a count or addresses', () => {
    for (const bad of ['true', 'yes', '10.0.0.0/33', '10.0.0.1/8/2', 'proxy.local', '10.0.0.1,', '-1', '100']) {
      expect(() => loadConfig({ TRUST_PROXY: bad }), bad).toThrow(/TRUST_PROXY/);
    }
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/không nhận "true"/);
  });
});
