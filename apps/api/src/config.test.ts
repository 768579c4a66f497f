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
    });
    expect(c.dataDir).toMatch(/\/data$/);
  });
  it('parses durations and marks cookies Secure for an https public URL', () => {
    const c = loadConfig({ SESSION_TTL: '30m', SESSION_MAX_AGE: '2d', PUBLIC_URL: 'https://congdoan.example.vn' });
    expect(c.sessionTtl).toBe(1800);
    expect(c.sessionMaxAge).toBe(172800);
    expect(c.secureCookies).toBe(true);
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
