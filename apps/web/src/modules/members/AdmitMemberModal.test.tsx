// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import { renderAsUser } from '../../testing/render';
import { AdmitMemberModal } from './AdmitMemberModal';

// A slow shared machine: wait generously for antd's asynchronous validation (not a speed check).
const slow = { timeout: 15_000 };

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

const json = (body: unknown) =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });

/** Render the form with the API stubbed; returns the bodies POSTed to /api/members. */
function renderForm() {
  const posted: unknown[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string, init?: RequestInit) => {
      if (String(url).endsWith('/api/members') && init?.method === 'POST') {
        posted.push(JSON.parse(init.body as string));
        return json({ id: 5, membershipId: 6, warnings: [] });
      }
      return json({ items: [] });
    }),
  );
  const onAdmitted = vi.fn();
  renderAsUser(<AdmitMemberModal open defaultUnitId={9} onClose={() => {}} onAdmitted={onAdmitted} />);
  const type = (id: string, value: string) => fireEvent.change(screen.getByTestId(id), { target: { value } });
  return { posted, onAdmitted, type };
}

describe('admitting a member: what offices know of a birth date and an old ID number', () => {
  it('sends a month and year as given, and the old ID number beside the CCCD', async () => {
    const { posted, onAdmitted, type } = renderForm();
    type('admit-name', 'Lê Thị Cúc');
    type('admit-birth', '3/1990');
    type('admit-old-id', '012 345 678');
    fireEvent.click(screen.getByTestId('admit-submit'));
    await waitFor(() => expect(onAdmitted).toHaveBeenCalledWith(5), slow);
    expect(posted[0]).toMatchObject({ person: { birthDate: '1990-03', oldIdNumber: '012 345 678' }, unitId: 9 });
  });

  it('refuses a birth date it cannot read and a CMND of the wrong length, in Vietnamese', async () => {
    const { posted, type } = renderForm();
    type('admit-name', 'Lê Thị Cúc');
    type('admit-birth', '13/1990');
    type('admit-old-id', '12345');
    fireEvent.click(screen.getByTestId('admit-submit'));
    await screen.findByText('Ngày sinh không hợp lệ: ghi 15/03/1990, 03/1990 hoặc 1990.', {}, slow);
    await screen.findByText('Số CMND cũ gồm 9 chữ số (số 12 chữ số là CCCD).', {}, slow);
    expect(posted).toEqual([]);
  });

  it("judges 'after today' by Vietnam's day: at 23:30 UTC on 30/11 it is already 1 December", async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-30T23:30:00Z'));
    const { posted, type } = renderForm();
    type('admit-name', 'Lê Thị Cúc');
    type('admit-birth', '02/12/2026');
    fireEvent.click(screen.getByTestId('admit-submit'));
    await screen.findByText('Ngày sinh không thể sau ngày hôm nay.', {}, slow);
    type('admit-birth', '01/12/2026');
    fireEvent.click(screen.getByTestId('admit-submit'));
    await waitFor(() => expect(posted).toHaveLength(1), slow);
    expect(posted[0]).toMatchObject({ person: { birthDate: '2026-12-01' }, admittedOn: '2026-12-01' });
  });
});
