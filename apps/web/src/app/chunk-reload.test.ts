import { afterEach, describe, expect, it, vi } from 'vitest';
import { isChunkLoadError, reloadOnceForNewVersion } from './chunk-reload';

function memoryStorage(): Storage {
  const data = new Map<string, string>();
  return {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
    clear: () => data.clear(),
    key: () => null,
    get length() {
      return data.size;
    },
  };
}

describe('a page whose code cannot be fetched after an update', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('recognises the failed-import errors of Chromium, Firefox and Safari, and nothing else', () => {
    expect(isChunkLoadError(new TypeError('Failed to fetch dynamically imported module: https://x/assets/a.js'))).toBe(
      true,
    );
    expect(isChunkLoadError(new TypeError('error loading dynamically imported module'))).toBe(true);
    expect(isChunkLoadError(new TypeError('Importing a module script failed.'))).toBe(true);
    expect(isChunkLoadError(new Error('Cannot read properties of undefined'))).toBe(false);
    expect(isChunkLoadError({ status: 404 })).toBe(false);
  });

  it('reloads once, then not again within a minute, then again later', () => {
    const reload = vi.fn();
    vi.stubGlobal('window', { location: { reload } });
    const storage = memoryStorage();
    expect(reloadOnceForNewVersion(1_000_000, storage)).toBe(true);
    expect(reloadOnceForNewVersion(1_030_000, storage)).toBe(false);
    expect(reload).toHaveBeenCalledTimes(1);
    expect(reloadOnceForNewVersion(1_070_001, storage)).toBe(true);
    expect(reload).toHaveBeenCalledTimes(2);
  });
});
