// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { renderAsUser } from '../../testing/render';
import { ChangePasswordForm } from './ChangePasswordForm';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const type = (testId: string, value: string) => fireEvent.change(screen.getByTestId(testId), { target: { value } });

describe('the change-password form', () => {
  it('says in Vietnamese what is missing or wrong, beside each field, and sends nothing', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    renderAsUser(<ChangePasswordForm onChanged={() => undefined} />);
    fireEvent.click(screen.getByTestId('password-submit'));
    await screen.findByText('Vui lòng nhập mật khẩu hiện tại.');
    type('password-current', 'Mat-khau-cu-2024');
    type('password-new', 'ngan1');
    type('password-confirm', 'khac-hẳn');
    fireEvent.click(screen.getByTestId('password-submit'));
    await screen.findByText(/ít nhất 10 ký tự/);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('sends the current and new password once they are valid and match', async () => {
    const fetch = vi.fn(
      async () =>
        new Response(JSON.stringify({ ok: true }), { status: 200, headers: { 'content-type': 'application/json' } }),
    );
    vi.stubGlobal('fetch', fetch);
    const onChanged = vi.fn();
    renderAsUser(<ChangePasswordForm onChanged={onChanged} />);
    type('password-current', 'Mat-khau-cu-2024');
    type('password-new', 'Congdoan-So-2026');
    type('password-confirm', 'Congdoan-So-2026');
    fireEvent.click(screen.getByTestId('password-submit'));
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toContain('/api/auth/change-password');
    expect(JSON.parse(init.body as string)).toEqual({
      currentPassword: 'Mat-khau-cu-2024',
      newPassword: 'Congdoan-So-2026',
    });
  });
});
