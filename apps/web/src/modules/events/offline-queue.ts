import type { Scan } from './events.api';

// Scans waiting to be sent, kept in localStorage per event so a dropped network or a closed tab loses
// nothing; each carries its idempotency key so a resend is answered, never counted twice.
const key = (eventId: number) => `congdoan.checkin.queue.${eventId}`;

export function loadQueue(eventId: number): Scan[] {
  try {
    return JSON.parse(localStorage.getItem(key(eventId)) ?? '[]') as Scan[];
  } catch {
    return [];
  }
}

export function saveQueue(eventId: number, scans: Scan[]): void {
  localStorage.setItem(key(eventId), JSON.stringify(scans));
}

export function newScan(token: string): Scan {
  return { token: token.trim(), idempotencyKey: crypto.randomUUID(), scannedAt: new Date().toISOString() };
}
