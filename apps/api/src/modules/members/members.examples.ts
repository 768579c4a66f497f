import type { RouteExample } from '../../testing/route-examples';
import { unitId, type TestApp } from '../../testing/test-app';
import { qtMember, scratchUnit } from '../../testing/quang-tri';
import { transferMember } from './transfer-member';

// Route examples of the members module (declared by module.ts). Each build makes fresh
// Quảng Trị data (test factories) so examples can run repeatedly (401, other branch, in scope, audit).

let n = 0;

/** A pending transfer from QT-0001 to QT-0003. */
async function qtTransfer(t: TestApp): Promise<number> {
  const personId = await qtMember(t);
  const transfer = await transferMember(await t.systemCtx(), personId, {
    toUnitId: await unitId(t, 'QT-0003'),
    requestedOn: '2026-01-05',
  });
  return transfer.id;
}

const member = (path: string, body: unknown, opts: Parameters<typeof qtMember>[1] = {}): RouteExample => ({
  as: 'qt.canbo',
  build: async (t) => ({ url: `/api/members/${await qtMember(t, opts)}${path}`, body }),
});

async function newMember(t: TestApp) {
  return {
    person: { fullName: `Nguyễn Thị Mới ${++n}`, gender: 'female', birthDate: '1995-05', oldIdNumber: '197012345' },
    unitId: await unitId(t, 'QT-0001'),
    admittedOn: '2026-02-01',
  };
}

export const examples: Record<string, RouteExample> = {
  'GET /api/members': {
    as: 'qt.canbo',
    list: true,
    build: async (t) => {
      await qtMember(t, { code: 'QT-0003' });
      return { url: `/api/members?status=all&unit=${await unitId(t, 'QT-0003')}` };
    },
  },
  'POST /api/members': { as: 'qt.canbo', build: async (t) => ({ url: '/api/members', body: await newMember(t) }) },
  'POST /api/members/batch': {
    as: 'qt.canbo',
    build: async (t) => ({ url: '/api/members/batch', body: { members: [await newMember(t), await newMember(t)] } }),
  },
  'GET /api/members/duplicates': {
    as: 'qt.canbo',
    list: true,
    build: async (t) => {
      await qtMember(t, { code: 'QT-0003', name: 'Trùng', birthDate: '1980-02-02' });
      await qtMember(t, { code: 'QT-0003', name: 'Trùng', birthDate: '1980-02-02', status: 'left' });
      return { url: '/api/members/duplicates' };
    },
  },
  'POST /api/members/merges': {
    as: 'qt.canbo',
    build: async (t) => ({
      url: '/api/members/merges',
      body: { keepId: await qtMember(t), mergeId: await qtMember(t, { status: 'left' }) },
    }),
  },
  'POST /api/members/merges/{id}/undo': {
    as: 'qt.canbo',
    build: async (t) => {
      const s = await t.signIn('qt.canbo');
      const res = await s.request('POST', '/api/members/merges', {
        keepId: await qtMember(t),
        mergeId: await qtMember(t, { status: 'left' }),
      });
      return { url: `/api/members/merges/${res.json<{ mergeId: number }>().mergeId}/undo`, body: {} };
    },
  },
  'GET /api/members/transfers': {
    as: 'qt.canbo',
    list: true,
    build: async (t) => {
      await qtTransfer(t);
      return { url: '/api/members/transfers?direction=incoming' };
    },
  },
  'POST /api/members/transfers/{id}/confirm': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/members/transfers/${await qtTransfer(t)}/confirm`, body: {} }),
  },
  'POST /api/members/transfers/{id}/refuse': {
    as: 'qt.canbo',
    build: async (t) => ({
      url: `/api/members/transfers/${await qtTransfer(t)}/refuse`,
      body: { reason: 'Sai đơn vị' },
    }),
  },
  // A directory of grassroots unions nationwide (public names, no member data): the same for everyone.
  'GET /api/members/transfer-targets': {
    as: 'qt.canbo',
    self: true,
    build: async () => ({ url: '/api/members/transfer-targets?q=quang tri' }),
  },
  'GET /api/members/targets': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/members/targets?unit=${await unitId(t, 'LDLD-44')}&year=2026` }),
  },
  'POST /api/members/targets': {
    as: 'qt.canbo',
    build: async (t) => ({
      url: '/api/members/targets',
      body: { unitId: await unitId(t, 'LDLD-44'), year: 2026, newMembers: 1000 + ++n, newUnions: 10 },
    }),
  },
  'GET /api/card-schemes/{id}': {
    as: 'qt.canbo',
    build: async (t) => ({ url: `/api/card-schemes/${await unitId(t, 'LDLD-44')}` }),
  },
  'PUT /api/card-schemes/{id}': {
    as: 'qt.canbo',
    build: async (t) => ({
      url: `/api/card-schemes/${await unitId(t, 'LDLD-44')}`,
      body: { pattern: `QT{YY}-${++n % 10}{SEQ:6}` },
    }),
  },
  'GET /api/members/{id}': member('', undefined),
  'GET /api/members/{id}/history': member('/history', undefined),
  'PUT /api/members/{id}': member('', { person: { fullName: 'Nguyễn Thị Sửa', gender: 'female' } }),
  'POST /api/members/{id}/transfer': {
    as: 'qt.canbo',
    build: async (t) => ({
      url: `/api/members/${await qtMember(t)}/transfer`,
      body: { toUnitId: await unitId(t, 'QT-0002') },
    }),
  },
  'POST /api/members/{id}/leave': member('/leave', { on: '2026-05-01', reason: 'Nghỉ việc' }),
  'POST /api/members/{id}/remove': member('/remove', { on: '2026-05-01', reason: 'Không sinh hoạt' }),
  'POST /api/members/{id}/deceased': member('/deceased', { on: '2026-05-01', reason: 'Từ trần' }),
  'POST /api/members/{id}/reinstate': member('/reinstate', { on: '2026-06-01' }, { status: 'left' }),
  'POST /api/members/{id}/card': member('/card', {}),
  'GET /api/members/{id}/card': member('/card', undefined, { card: true }),
  'GET /api/members/{id}/card.pdf': member('/card.pdf', undefined, { card: true }),
  'GET /api/members/card-sheet.pdf': {
    as: 'qt.canbo',
    // a fresh unit with one card: a sheet of the demo's big units takes seconds to lay out (the fuzz calls it often)
    build: async (t) => {
      const unit = await scratchUnit(t);
      const { rows } = await t.db.pool.query<{ code: string }>('SELECT code FROM org_units WHERE id = $1', [unit]);
      await qtMember(t, { code: rows[0]!.code, card: true });
      return { url: `/api/members/card-sheet.pdf?unitId=${unit}` };
    },
  },
  'POST /api/members/{id}/outstanding': member('/outstanding', { year: 2026 }),
  'POST /api/members/{id}/party-introduction': member('/party-introduction', { on: '2026-05-19' }),
};
