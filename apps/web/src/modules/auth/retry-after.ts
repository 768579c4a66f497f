import { useEffect, useState } from 'react';
import { ApiError } from '../../api/client';

/** Seconds the server asked us to wait (LOGIN_DELAYED, TOO_MANY_ATTEMPTS), or null. */
export function retryAfterOf(error: unknown): number | null {
  const seconds = error instanceof ApiError ? error.details?.retryAfterSeconds : undefined;
  return typeof seconds === 'number' && seconds > 0 ? seconds : null;
}

/** "m:ss", as a wait is shown on the login page. */
export function formatWait(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** Seconds left of a wait of `seconds` that started at `since` (ms), ticking once a second; 0 when over or none. */
export function useCountdown(seconds: number | null, since: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (seconds === null) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    const stop = setTimeout(() => clearInterval(timer), (seconds + 2) * 1000);
    return () => {
      clearInterval(timer);
      clearTimeout(stop);
    };
  }, [seconds, since]);
  if (seconds === null) return 0;
  return Math.min(seconds, Math.max(0, Math.ceil(seconds - (now - since) / 1000)));
}
