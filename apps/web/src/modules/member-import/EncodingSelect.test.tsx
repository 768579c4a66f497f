// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import type { MemberImport } from '@congdoan/domain';
import { renderAsUser } from '../../testing/render';
import { EncodingSelect } from './EncodingSelect';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const imp = {
  id: 41,
  encoding: { found: 'tcvn3', forced: null, columns: ['tcvn3', 'tcvn3'] },
} as unknown as MemberImport;

function stubFetch(body: unknown) {
  const fetch = vi.fn(
    async () => new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } }),
  );
  vi.stubGlobal('fetch', fetch);
  return fetch;
}

async function pick(label: string) {
  fireEvent.mouseDown(screen.getByRole('combobox'));
  fireEvent.click(await screen.findByTitle(label));
}

describe('import: the file encoding', () => {
  it('says what was found, in Vietnamese, and offers the three encodings', async () => {
    renderAsUser(<EncodingSelect imp={imp} />);
    expect(screen.getByTestId('import-encoding-found').textContent).toBe('Nhận ra: TCVN3 (ABC, .VnTime)');
    expect(screen.getByLabelText('Bảng mã')).toBeTruthy();
    fireEvent.mouseDown(screen.getByRole('combobox'));
    for (const label of ['Unicode', 'TCVN3 (ABC, .VnTime)', 'VNI (VNI-Times)']) {
      expect(await screen.findAllByTitle(label)).not.toHaveLength(0);
    }
  });

  it('sends the user’s choice, and clears it when they pick what was found', async () => {
    const fetch = stubFetch({ ...imp, encoding: { found: 'tcvn3', forced: 'vni', columns: ['vni', 'vni'] } });
    renderAsUser(<EncodingSelect imp={imp} />);
    await pick('VNI (VNI-Times)');
    await waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toContain('/api/imports/41/encoding');
    expect(JSON.parse(init.body as string)).toEqual({ encoding: 'vni' });
    cleanup();

    const forced = { ...imp, encoding: { found: 'tcvn3', forced: 'vni', columns: ['vni', 'vni'] } } as MemberImport;
    renderAsUser(<EncodingSelect imp={forced} />);
    expect(screen.getByTestId('import-encoding-found').textContent).toContain('Bạn đã chọn');
    await pick('TCVN3 (ABC, .VnTime)');
    await waitFor(() => expect(fetch).toHaveBeenCalledTimes(2));
    expect(JSON.parse((fetch.mock.calls[1] as unknown as [string, RequestInit])[1].body as string)).toEqual({
      encoding: null,
    });
  });
});
