// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import type { TripList } from '@congdoan/domain';
import { renderAsUser } from '../../../testing/render';
import { TripsPanel } from './TripsPanel';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const list: TripList = {
  canEdit: true,
  tickets: { allocated: 100, registered: 12, used: 3 },
  items: [
    {
      id: 7,
      programmeId: 5,
      eventId: 70,
      title: 'Xe khách: TP. Hồ Chí Minh – Đông Hà, Quảng Trị',
      transport: 'bus',
      origin: 'TP. Hồ Chí Minh',
      destination: 'Đông Hà, Quảng Trị',
      operator: 'Nhà xe Phương Trang',
      vehicleRef: '51B-123.45',
      pickupPlace: 'Cổng KCN Tân Bình',
      departsAt: '2027-02-10T13:00:00.000Z',
      arrivesAt: '2027-02-11T07:00:00.000Z',
      seats: 45,
      registered: 12,
      boarded: 3,
      cancelled: false,
    },
  ],
};

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('trips home for Tết', () => {
  it('shows times in Vietnam time and saves an edit back with the +07:00 offset', async () => {
    const fetch = vi.fn(async (_url: string, init?: RequestInit) =>
      init?.method === 'PUT' ? json({ id: 7 }) : json(list),
    );
    vi.stubGlobal('fetch', fetch);
    renderAsUser(<TripsPanel programmeId={5} />);
    await screen.findByText('Khởi hành 10/02/2027 20:00 · đến 11/02/2027 14:00');
    expect(screen.getByTestId('trip-counts-7').textContent).toBe('Đã đăng ký 12/45 ghế · Đã lên xe 3');
    fireEvent.click(screen.getByTestId('trip-edit-7'));
    await waitFor(() =>
      expect(
        (
          document.querySelector(
            'input[data-testid="trip-departs"], [data-testid="trip-departs"] input',
          ) as HTMLInputElement
        ).value,
      ).toBe('10/02/2027 20:00'),
    );
    fireEvent.click(screen.getByTestId('trip-save'));
    await waitFor(() => expect(fetch.mock.calls.some(([, i]) => i?.method === 'PUT')).toBe(true));
    const [url, init] = fetch.mock.calls.find(([, i]) => i?.method === 'PUT')!;
    expect(url).toBe('/api/welfare/trips/7');
    expect(JSON.parse(init!.body as string)).toMatchObject({
      departsAt: '2027-02-10T20:00:00+07:00',
      arrivesAt: '2027-02-11T14:00:00+07:00',
      seats: 45,
      vehicleRef: '51B-123.45',
    });
  });

  it('shows the server’s Vietnamese refusal when the seats drop below those registered', async () => {
    const refusal = {
      error: {
        code: 'WELFARE_TRIP_SEATS_BELOW_TAKEN',
        message: 'Không thể giảm số ghế xuống 5: đã có 12 người đăng ký chuyến này.',
      },
    };
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: string, init?: RequestInit) => (init?.method === 'PUT' ? json(refusal, 409) : json(list))),
    );
    renderAsUser(<TripsPanel programmeId={5} />);
    fireEvent.click(await screen.findByTestId('trip-edit-7'));
    const seats = await waitFor(() => {
      const input = document.querySelector('input[data-testid="trip-seats"], [data-testid="trip-seats"] input');
      expect(input).not.toBeNull();
      return input as HTMLInputElement;
    });
    fireEvent.change(seats, { target: { value: '5' } });
    fireEvent.click(screen.getByTestId('trip-save'));
    await screen.findByText('Không thể giảm số ghế xuống 5: đã có 12 người đăng ký chuyến này.');
  });
});
