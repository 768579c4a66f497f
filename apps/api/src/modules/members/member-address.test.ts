import { describe, expect, it } from 'vitest';
import { unitId, useTestApp } from '../../testing/test-app';

const t = useTestApp();

// A member page with an address once answered 500: the response schema reused the input's address, whose
// trimming transforms zod cannot encode. Every synthetic (and most real) members have an address.
describe('member page with addresses', () => {
  it('shows the permanent and current address as saved', async () => {
    const s = await t.signIn('qt.canbo');
    const permanentAddress = { line: ' Thôn 3 ', provinceCode: '44', communeCode: '19462', codeVersion: '2025' };
    const currentAddress = { line: 'Khu phố 2', provinceCode: '44', communeCode: null, codeVersion: null };
    const person = {
      fullName: 'Lê Thị Hoa',
      gender: 'female',
      birthDate: '1991-05-02',
      permanentAddress,
      currentAddress,
    };
    const res = await s.request('POST', '/api/members', {
      person,
      unitId: await unitId(t, 'QT-0001'),
      admittedOn: '2026-03-01',
    });
    expect(res.statusCode, res.body).toBe(200);
    const page = await s.request('GET', `/api/members/${res.json().id}`);
    expect(page.statusCode, page.body).toBe(200);
    expect(page.json()).toMatchObject({ permanentAddress: { ...permanentAddress, line: 'Thôn 3' }, currentAddress });
    // The edit form sends the page's fields back unchanged: that must save.
    const { permanentAddress: p, currentAddress: c } = page.json();
    const saved = await s.request('PUT', `/api/members/${res.json().id}`, {
      person: { ...person, permanentAddress: p, currentAddress: c },
    });
    expect(saved.statusCode, saved.body).toBe(200);
  });
});
