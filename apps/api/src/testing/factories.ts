import {
  admitMemberBody,
  createUnitBody,
  type AdmitMemberInput,
  type EventInput,
  type PersonInput,
  type PetitionInput,
  type Role,
} from '@congdoan/domain';
import { systemActor } from '../context/actor';
import { makeCtx, type Ctx } from '../context/context';
import { createUnit } from '../modules/org-units/create-unit';
import { admitMember } from '../modules/members/admit-member';
import { endMembership, type Ending } from '../modules/members/change-status';
import { createUser } from '../modules/users/create-user';
import { grantRole } from '../modules/users/grant-role';
import { createEvent } from '../modules/events/create-event';
import { createPetition } from '../modules/petitions/create-petition';
import type { TestApp } from './test-app';

/**
 * Typed test factories: each goes through the domain use case as the system actor (source "cli"), so
 * sort keys, rollups, validation and audit rows are what production makes, not what a raw INSERT guesses.
 * Codes given are demo unit codes (e.g. 'QT-0001'); every default is unique within a test file.
 */
export type Factories = {
  /** A context acting as the system, for calling other use cases directly. */
  systemCtx: () => Promise<Ctx>;
  /** A unit under `parent` (default: Phường Đông Hà's commune union), a grassroots union unless `kind` says. */
  newUnit: (opts?: {
    parent?: string;
    code?: string;
    name?: string;
    kind?: 'grassroots_union' | 'union_group' | 'commune_union';
    subkind?: 'enterprise' | 'public_unit' | null;
    foundedOn?: string;
  }) => Promise<{ id: number; code: string }>;
  /** A member admitted to a grassroots union (default QT-0001), then ended when `status` is not active. */
  newMember: (opts?: {
    unit?: string;
    person?: Partial<PersonInput>;
    admittedOn?: string;
    cardNumber?: string;
    status?: 'active' | Ending;
  }) => Promise<{ id: number; membershipId: number }>;
  /** An account with a known password (no forced change), holding `roles` on `unit` (default LĐLĐ Quảng Trị). */
  newUser: (opts?: {
    username?: string;
    unit?: string;
    roles?: Role[];
  }) => Promise<{ id: number; username: string; password: string }>;
  /** An event organised by `unit` (default LĐLĐ Quảng Trị); `input` overrides any field. */
  newEvent: (opts?: { unit?: string; input?: Partial<EventInput> }) => Promise<{ id: number }>;
  /** A petition raised in `unit` (default Phường Đông Hà's commune union); `input` overrides any field. */
  newPetition: (opts?: { unit?: string; input?: Partial<PetitionInput> }) => Promise<{ id: number }>;
};

let n = 0;
const unique = () => `${process.pid % 1000}${++n}`;

export function testFactories(t: TestApp): Factories {
  const systemCtx = async () =>
    makeCtx({
      pool: t.db.pool,
      config: t.config,
      actor: await systemActor(t.db.pool, 'test-factory'),
      source: 'cli',
      requestId: null,
    });
  const idOf = async (code: string) => {
    const { rows } = await t.db.pool.query<{ id: number }>('SELECT id::int FROM org_units WHERE code = $1', [code]);
    if (!rows[0]) throw new Error(`no unit ${code}`);
    return rows[0].id;
  };
  return {
    systemCtx,
    newUnit: async (opts = {}) => {
      const code = opts.code ?? `QT-F${unique()}`;
      const kind = opts.kind ?? 'grassroots_union';
      const unit = await createUnit(
        await systemCtx(),
        createUnitBody.parse({
          code,
          name: opts.name ?? `CĐCS Thử nghiệm ${code}`,
          kind,
          subkind: opts.subkind === undefined ? (kind === 'grassroots_union' ? 'enterprise' : null) : opts.subkind,
          parentId: await idOf(opts.parent ?? 'CDX-19333'),
          foundedOn: opts.foundedOn ?? '2020-01-01',
        }),
      );
      return { id: unit.id, code: unit.code };
    },
    newMember: async (opts = {}) => {
      const ctx = await systemCtx();
      const input: AdmitMemberInput = admitMemberBody.parse({
        unitId: await idOf(opts.unit ?? 'QT-0001'),
        admittedOn: opts.admittedOn ?? '2024-01-01',
        ...(opts.cardNumber ? { cardNumber: opts.cardNumber } : {}),
        person: { fullName: `Nguyễn Thị Thử ${unique()}`, gender: 'female', birthDate: '1990-01-01', ...opts.person },
      });
      const admitted = await admitMember(ctx, input);
      if (opts.status && opts.status !== 'active')
        await endMembership(ctx, admitted.id, opts.status, { on: input.admittedOn, reason: 'Thử nghiệm' });
      return { id: admitted.id, membershipId: admitted.membershipId };
    },
    newUser: async (opts = {}) => {
      const ctx = await systemCtx();
      const username = opts.username ?? `test.${unique()}`;
      const password = `Thu-nghiem-${unique()}-Aa9!`;
      const unitId = await idOf(opts.unit ?? 'LDLD-44');
      const { user } = await createUser(ctx, {
        username,
        displayName: `Thử nghiệm ${username}`,
        homeUnitId: unitId,
        password,
      });
      for (const role of opts.roles ?? []) await grantRole(ctx, user.id, { role, unitId });
      return { id: user.id, username, password };
    },
    newEvent: async (opts = {}) => {
      const event = await createEvent(await systemCtx(), {
        unitId: await idOf(opts.unit ?? 'LDLD-44'),
        title: `Sự kiện thử nghiệm ${unique()}`,
        kind: 'launch_ceremony',
        startsAt: '2030-05-01T07:30:00+07:00',
        endsAt: '2030-05-01T11:00:00+07:00',
        ...opts.input,
      });
      return { id: event.id };
    },
    newPetition: async (opts = {}) => {
      const { rows } = await t.db.pool.query<{ id: number }>(
        'SELECT id::int FROM petition_topics WHERE active ORDER BY sort, id LIMIT 1',
      );
      return createPetition(await systemCtx(), {
        unitId: await idOf(opts.unit ?? 'CDX-19333'),
        title: `Kiến nghị thử nghiệm ${unique()}`,
        content: 'Đề nghị bố trí thêm nhà để xe cho công nhân.',
        topicId: rows[0]!.id,
        raisedBy: 'unit',
        addresseeKind: 'employer',
        addresseeName: 'Công ty TNHH Thử nghiệm',
        affectedWorkers: 0,
        ...opts.input,
      });
    },
  };
}
