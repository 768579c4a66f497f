// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { renderAsUser } from '../testing/render';
import { CancelWithReasonModal } from './CancelWithReasonModal';

afterEach(cleanup);

describe('the cancel-with-a-reason modal', () => {
  it('keeps the danger button off until a reason is typed, then sends the reason trimmed', async () => {
    const onConfirm = vi.fn();
    renderAsUser(
      <CancelWithReasonModal
        open
        title="Hủy sự kiện Lễ phát động?"
        explain="12 người đã đăng ký sẽ được báo."
        i18nPrefix="events.cancel"
        testId="event-cancel"
        pending={false}
        onConfirm={onConfirm}
        onClose={() => undefined}
      />,
    );
    await screen.findByText('12 người đã đăng ký sẽ được báo.');
    const ok = screen.getByTestId('event-cancel-ok');
    expect(ok.hasAttribute('disabled')).toBe(true);
    fireEvent.change(screen.getByTestId('event-cancel-reason'), { target: { value: '   ' } });
    expect(ok.hasAttribute('disabled')).toBe(true);
    fireEvent.change(screen.getByTestId('event-cancel-reason'), { target: { value: '  Mưa bão lớn  ' } });
    expect(ok.hasAttribute('disabled')).toBe(false);
    fireEvent.click(ok);
    expect(onConfirm).toHaveBeenCalledWith('Mưa bão lớn');
    expect(screen.getByLabelText(/lý do/i)).toBeTruthy();
  });
});
