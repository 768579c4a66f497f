import { describe, expect, it } from 'vitest';
import { qtMember } from '../../testing/quang-tri';
import { unitId, useTestApp } from '../../testing/test-app';

const t = useTestApp();

describe('membership cards', () => {
  it('issues numbers from the federation scheme, reissues, and never repeats a number', async () => {
    const s = await t.signIn('qt.canbo');
    const fed = await unitId(t, 'LDLD-44');
    const scheme = await s.request('PUT', `/api/card-schemes/${fed}`, { pattern: 'QT{YY}{SEQ:6}' });
    expect(scheme.json()).toMatchObject({ pattern: 'QT{YY}{SEQ:6}' });
    const ids = await Promise.all([1, 2, 3, 4, 5].map(() => qtMember(t)));
    const issued = await Promise.all(
      ids.map((id) => s.request('POST', `/api/members/${id}/card`, { issuedOn: '2026-03-01' })),
    );
    const numbers = issued.map((r) => r.json().cardNumber as string);
    expect(new Set(numbers).size).toBe(5);
    for (const n of numbers) expect(n).toMatch(/^QT26\d{6}$/);
    const re = await s.request('POST', `/api/members/${ids[0]}/card`, { reason: 'Mất thẻ', issuedOn: '2026-04-01' });
    expect(re.json().cardNumber).not.toBe(numbers[0]);
    const { rows } = await t.db.pool.query('SELECT replaced_on::text FROM member_cards WHERE card_number = $1', [
      numbers[0],
    ]);
    expect(rows[0].replaced_on).toBe('2026-04-01');
    // a pattern change cannot produce a number already issued
    await s.request('PUT', `/api/card-schemes/${fed}`, { pattern: 'QT26{SEQ:6}' });
    await t.db.pool.query('UPDATE card_schemes SET next_seq = 1 WHERE unit_id = $1', [fed]);
    const after = (await s.request('POST', `/api/members/${await qtMember(t)}/card`, {})).json().cardNumber;
    expect(numbers).not.toContain(after);
    expect((await s.request('PUT', `/api/card-schemes/${fed}`, { pattern: 'NO-SEQUENCE' })).statusCode).toBe(400);
  });

  it('prints a signed verification URL; the public check shows only name, unit and validity', async () => {
    const s = await t.signIn('qt.canbo');
    const id = await qtMember(t, { name: 'Thẻ' });
    await s.request('POST', `/api/members/${id}/card`, {});
    const card = (await s.request('GET', `/api/members/${id}/card`)).json();
    expect(card.verifyUrl).toMatch(/\/xac-minh-the\?so=.+&ky=[\w-]{22}$/);
    const url = new URL(card.verifyUrl);
    const check = await t.anonymous('GET', `/api/public/cards/verify${url.search}`);
    expect(check.json()).toEqual({
      valid: true,
      fullName: 'Nguyễn Thị Thẻ',
      unitName: expect.stringContaining('CĐCS'),
    });
    const forged = await t.anonymous(
      'GET',
      `/api/public/cards/verify?so=${encodeURIComponent(card.cardNumber)}&ky=AAAAAAAAAAAAAAAAAAAAAA`,
    );
    expect(forged.json()).toEqual({ valid: false, fullName: null, unitName: null });
    await s.request('POST', `/api/members/${id}/leave`, { on: '2026-05-01', reason: 'Nghỉ việc' });
    expect((await t.anonymous('GET', `/api/public/cards/verify${url.search}`)).json().valid).toBe(false);
  });
});
