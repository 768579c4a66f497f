// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { renderAsUser } from '../../testing/render';
import { CalendarFeedPage } from './CalendarFeedPage';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });

describe('the calendar subscription page', () => {
  it('creates the private link, shows it once, and offers to replace or revoke it', async () => {
    const url = 'https://congdoan.example.vn/api/calendar-feeds/' + 'a'.repeat(43) + '/lich.ics';
    let active = false;
    const fetch = vi.fn(async (input: string, init?: RequestInit) => {
      if (init?.method === 'POST') {
        active = true;
        return json({ url });
      }
      return json(
        active
          ? { active: true, createdAt: '2026-12-05T03:00:00Z', lastUsedAt: null }
          : { active: false, createdAt: null, lastUsedAt: null },
      );
    });
    vi.stubGlobal('fetch', fetch);
    renderAsUser(<CalendarFeedPage />);
    await screen.findByText('Bạn chưa có liên kết lịch.');
    fireEvent.click(screen.getByTestId('feed-create'));
    expect((await screen.findByTestId('feed-url')).textContent).toContain(url);
    expect(screen.getByText('Mở trong ứng dụng lịch').getAttribute('href')).toBe(url.replace('https:', 'webcal:'));
    await screen.findByTestId('feed-rotate');
    await waitFor(() => expect(screen.getByTestId('feed-status').textContent).toContain('05/12/2026 10:00'));
    expect(screen.getByTestId('feed-revoke')).toBeTruthy();
    expect(fetch.mock.calls.some(([u, i]) => String(u).endsWith('/api/me/calendar-feed') && i?.method === 'POST')).toBe(
      true,
    );
  });
});
