import { describe, expect, it } from 'vitest';
import { errorCatalog, errorMessage, errorTables } from './errors';

describe('error catalogue', () => {
  it('has a Vietnamese and an English message and a 4xx/5xx status for every code', () => {
    for (const [code, entry] of Object.entries(errorCatalog)) {
      expect(entry.vi.length, code).toBeGreaterThan(5);
      expect(entry.en.length, code).toBeGreaterThan(5);
      expect(entry.vi, code).not.toBe(entry.en);
      expect(entry.status >= 400 && entry.status < 600, code).toBe(true);
    }
  });
  it('joins the module tables without two modules claiming one code', () => {
    const codes = errorTables.flatMap((table) => Object.keys(table));
    const twice = codes.filter((code, i) => codes.indexOf(code) !== i);
    expect(twice).toEqual([]);
    expect(Object.keys(errorCatalog).length).toBe(codes.length);
    expect(codes.length).toBeGreaterThan(120);
  });
  it('fills placeholders from details', () => {
    expect(errorMessage('LOGIN_DELAYED', 'vi', { minutes: 7 })).toContain('sau 7 phút');
    expect(errorMessage('LOGIN_DELAYED', 'en', { minutes: 7 })).toContain('in 7 minutes');
  });
});
