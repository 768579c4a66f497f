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
});
