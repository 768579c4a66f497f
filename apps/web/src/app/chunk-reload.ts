// Browsers word a failed dynamic import differently; these cover Chromium, Firefox and Safari,
// plus Vite's preload failure.
const CHUNK_ERRORS = [
  /Failed to fetch dynamically imported module/i,
  /error loading dynamically imported module/i,
  /Importing a module script failed/i,
  /Unable to preload CSS/i,
];

export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return CHUNK_ERRORS.some((re) => re.test(message));
}

const KEY = 'congdoan.chunkReloadAt';
const WINDOW_MS = 60_000;

/**
 * Reload the page once to fetch the new version's files. Returns false (and does nothing) if a
 * reload for the same reason already happened within the last minute, so a broken deployment
 * shows a message instead of reloading forever.
 */
export function reloadOnceForNewVersion(now = Date.now(), storage: Storage | undefined = globalThis.sessionStorage) {
  try {
    const last = Number(storage?.getItem(KEY) ?? 0);
    if (now - last < WINDOW_MS) return false;
    storage?.setItem(KEY, String(now));
  } catch {
    return false; // storage disabled: no way to remember, so never loop
  }
  window.location.reload();
  return true;
}
