// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/react';
import type { MemberDetail } from '@congdoan/domain';
import { renderAsUser } from '../../testing/render';
import { EditPersonModal } from './EditPersonModal';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const slow = { timeout: 15_000 };

const member: MemberDetail = {
  id: 12,
  membershipId: 30,
  fullName: 'Trần Văn Bình',
  familyName: 'Trần',
  middleName: 'Văn',
  givenName: 'Bình',
  gender: 'male',
  birthDate: '1985-03',
  cccd: null,
  oldIdNumber: '197012345',
  phone: '0912345678',
  status: 'active',
  admittedOn: '2020-01-01',
  cardNumber: null,
  unit: { id: 9, code: 'QT-0001', name: 'CĐCS Công ty May Hòa Thọ Đông Hà' },
  email: null,
  ethnicity: 'Kinh',
  permanentAddress: { line: 'Phường Đông Hà', provinceCode: '44', communeCode: null, codeVersion: '2025' },
  currentAddress: null,
  occupation: 'Công nhân',
  employer: null,
  educationLevel: 'THPT',
  nationality: 'VN',
  passportNo: null,
  mergedIntoId: null,
  personalDataVisible: true,
  canWrite: true,
  memberships: [],
};

describe('editing a member record', () => {
  it('shows a month-and-year birth date as written, and sends every field back with the change', async () => {
    const sent: { method: string; body: unknown }[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: string, init?: RequestInit) => {
        sent.push({ method: init?.method ?? 'GET', body: init?.body ? JSON.parse(init.body as string) : null });
        return new Response(JSON.stringify({ ok: true, warnings: [] }), {
          status: 200,
          headers: { 'content-type': 'application/json' },
        });
      }),
    );
    const onClose = vi.fn();
    renderAsUser(<EditPersonModal member={member} onClose={onClose} />);
    expect(screen.getByTestId<HTMLInputElement>('edit-birth').value).toBe('03/1985');
    expect(screen.getByTestId<HTMLInputElement>('edit-old-id').value).toBe('197012345');
    fireEvent.change(screen.getByTestId('edit-birth'), { target: { value: '1985' } });
    fireEvent.click(screen.getByTestId('edit-submit'));
    await waitFor(() => expect(onClose).toHaveBeenCalled(), slow);
    const put = sent.find((r) => r.method === 'PUT')!;
    expect(put.body).toMatchObject({
      person: {
        fullName: 'Trần Văn Bình',
        birthDate: '1985',
        oldIdNumber: '197012345',
        phone: '0912345678',
        permanentAddress: member.permanentAddress,
        educationLevel: 'THPT',
        nationality: 'VN',
      },
    });
  });
});
