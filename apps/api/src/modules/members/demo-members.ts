// About 2,000 demo members with realistic Vietnamese names (family names at their real
// frequencies), CCCD numbers consistent with birth year and gender, mobile phones, spread over the
// demo grassroots unions, with transfers (confirmed and pending) and departures. Deterministic:
// a seeded PRNG, so every `seed demo` builds the same members.
import { joinName, makeCccd, vietnameseSortKey, type Gender, type NameParts } from '@congdoan/domain';
import type { Tx } from '../../db/tx';
import { ethnicities, familyNames, given, middle, mobilePrefixes, occupations, prng, type Weighted } from './name-pool';

// Place codes of CCCD by federation (the pre-2025 province codes, still printed on every card).
const homeProvince: Record<string, string> = { 'LDLD-44': '045', 'LDLD-15': '010', 'LDLD-40': '040' };
const otherProvinces = ['001', '038', '042', '046', '048', '079', '036', '044'];

export async function seedDemoMembers(tx: Tx, total = 2000): Promise<number> {
  const rand = prng(20251101);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
  const weighted = (xs: Weighted) => {
    const sum = xs.reduce((s, [, w]) => s + w, 0);
    let r = rand() * sum;
    for (const [v, w] of xs) if ((r -= w) < 0) return v;
    return xs[xs.length - 1]![0];
  };
  const date = (from: number, to: number) => {
    const d = new Date(Date.UTC(from, 0, 1) + rand() * (Date.UTC(to, 11, 31) - Date.UTC(from, 0, 1)));
    return d.toISOString().slice(0, 10);
  };
  const between = (from: string, to: string) => {
    const a = Date.parse(from);
    return new Date(a + rand() * (Date.parse(to) - a)).toISOString().slice(0, 10);
  };
  const { rows: units } = await tx.query<{ id: number; code: string; subkind: string | null; fed: string }>(
    `SELECT u.id, u.code, u.subkind, f.code AS fed FROM org_units u
       JOIN org_units f ON f.path @> u.path AND f.kind = 'provincial_federation'
      WHERE u.kind = 'grassroots_union' ORDER BY u.code`,
  );
  if (units.length === 0) return 0;
  // bigger enterprises, smaller schools: a weight per unit
  const unitWeights: Weighted = units.map((u, i) => [
    String(i),
    u.subkind === 'enterprise' ? 3 + (i % 3) : 1 + (i % 2),
  ]);
  const usedCccd = new Set<string>();
  const usedPhone = new Set<string>();
  const persons: Record<string, unknown>[] = [];
  const memberships: Record<string, unknown>[] = [];
  const cards: Record<string, unknown>[] = [];
  const transfers: Record<string, unknown>[] = [];
  const cardSeq = new Map<string, number>();
  const { rows: ids } = await tx.query<{ p: string; m: string; m2: string }>(
    `SELECT nextval('persons_id_seq') AS p, nextval('memberships_id_seq') AS m, nextval('memberships_id_seq') AS m2
       FROM generate_series(1, $1)`,
    [total],
  );
  for (let i = 0; i < total; i++) {
    const gender: Gender = rand() < 0.55 ? 'female' : 'male';
    const parts: NameParts = {
      familyName: weighted(familyNames),
      middleName: weighted(middle[gender]),
      givenName: weighted(given[gender]),
    };
    const birthDate = date(1966, 2005);
    const unit = units[Number(weighted(unitWeights))]!;
    let cccd: string | null = null;
    if (rand() < 0.93) {
      const place = rand() < 0.85 ? (homeProvince[unit.fed] ?? '001') : pick(otherProvinces);
      do cccd = makeCccd(place, Number(birthDate.slice(0, 4)), gender, Math.floor(rand() * 1_000_000));
      while (usedCccd.has(cccd));
      usedCccd.add(cccd);
    }
    let phone: string | null = null;
    if (rand() < 0.9) {
      do phone = pick(mobilePrefixes) + String(Math.floor(rand() * 10_000_000)).padStart(7, '0');
      while (usedPhone.has(phone));
      usedPhone.add(phone);
    }
    const personId = ids[i]!.p;
    const membershipId = ids[i]!.m;
    const adultFrom = Number(birthDate.slice(0, 4)) + 18;
    // about 7% admitted this year (2026, up to the demo's "today"), feeding the development targets
    const admittedOn = rand() < 0.07 ? between('2026-01-02', '2026-11-20') : date(Math.max(2005, adultFrom), 2025);
    let status = 'active';
    let statusOn: string | null = null;
    let statusReason: string | null = null;
    const roll = rand();
    if (roll < 0.03) [status, statusReason] = ['left', pick(['Nghỉ việc', 'Nghỉ hưu', 'Chuyển ra nước ngoài'])];
    else if (roll < 0.04) [status, statusReason] = ['removed', 'Không sinh hoạt, không đóng đoàn phí 6 tháng'];
    else if (roll < 0.043) [status, statusReason] = ['deceased', 'Từ trần'];
    if (status !== 'active') statusOn = between(admittedOn, '2026-11-20');
    let cardNumber: string | null = null;
    if (rand() < 0.7) {
      const seq = (cardSeq.get(unit.fed) ?? 0) + 1;
      cardSeq.set(unit.fed, seq);
      cardNumber = `${unit.fed}-${admittedOn.slice(0, 4)}-${String(seq).padStart(6, '0')}`;
      cards.push({ membership_id: membershipId, unit_id: unit.id, card_number: cardNumber, issued_on: admittedOn });
    }
    persons.push({
      id: personId,
      unit_id: unit.id,
      member_status: status,
      membership_id: membershipId,
      family_name: parts.familyName,
      middle_name: parts.middleName,
      given_name: parts.givenName,
      full_name: joinName(parts),
      sort_key: vietnameseSortKey(parts),
      gender,
      birth_date: birthDate,
      cccd,
      phone,
      ethnicity: weighted(ethnicities),
      occupation: pick(occupations[unit.subkind ?? 'enterprise'] ?? occupations.enterprise!),
      education_level: pick(['Trung học phổ thông', 'Trung cấp', 'Cao đẳng', 'Đại học', 'Thạc sĩ']),
    });
    memberships.push({
      id: membershipId,
      person_id: personId,
      unit_id: unit.id,
      admitted_on: admittedOn,
      status,
      status_on: statusOn,
      status_reason: statusReason,
      card_number: cardNumber,
      card_issued_on: cardNumber ? admittedOn : null,
      admission_kind: 'new',
      previous_membership_id: null,
    });
    // about 2% moved to another union of the same federation (confirmed), 0.5% are in transit now
    const move = rand();
    if (status === 'active' && move < 0.025) {
      const sameFed = units.filter((u) => u.fed === unit.fed && u.id !== unit.id);
      const to = pick(sameFed);
      const on = between(admittedOn, '2026-10-31');
      if (move < 0.02) {
        const old = memberships[memberships.length - 1]!;
        Object.assign(old, { status: 'transferred_out', status_on: on, status_reason: 'Chuyển đến đơn vị khác' });
        memberships.push({
          id: ids[i]!.m2,
          person_id: personId,
          unit_id: to.id,
          admitted_on: on,
          status: 'active',
          status_on: null,
          status_reason: null,
          card_number: cardNumber,
          card_issued_on: old.card_issued_on,
          admission_kind: 'transfer',
          previous_membership_id: membershipId,
        });
        transfers.push({
          membership_id: membershipId,
          person_id: personId,
          unit_id: unit.id,
          to_unit_id: to.id,
          status: 'confirmed',
          requested_on: on,
          reason: 'Chuyển công tác',
          new_membership_id: ids[i]!.m2,
        });
        Object.assign(persons[persons.length - 1]!, { unit_id: to.id, membership_id: ids[i]!.m2 });
      } else {
        Object.assign(memberships[memberships.length - 1]!, { status: 'in_transit', status_on: '2026-11-02' });
        persons[persons.length - 1]!.member_status = 'in_transit';
        transfers.push({
          membership_id: membershipId,
          person_id: personId,
          unit_id: unit.id,
          to_unit_id: to.id,
          status: 'pending',
          requested_on: '2026-11-02',
          reason: 'Chuyển công tác',
          new_membership_id: null,
        });
      }
    }
  }
  await tx.query(
    `INSERT INTO persons (id, unit_id, member_status, membership_id, family_name, middle_name, given_name, full_name,
                          sort_key, gender, birth_date, cccd, phone, ethnicity, occupation, education_level)
     SELECT id, unit_id, member_status, membership_id, family_name, middle_name, given_name, full_name, sort_key, gender, birth_date, cccd, phone,
            ethnicity, occupation, education_level
       FROM json_to_recordset($1) AS x(id bigint, unit_id bigint, member_status text, membership_id bigint, family_name text, middle_name text, given_name text,
            full_name text, sort_key text, gender text, birth_date date, cccd text, phone text, ethnicity text,
            occupation text, education_level text)`,
    [JSON.stringify(persons)],
  );
  await tx.query(
    `INSERT INTO memberships (id, person_id, unit_id, admitted_on, status, status_on, status_reason, card_number,
                              card_issued_on, admission_kind, previous_membership_id)
     SELECT * FROM json_to_recordset($1) AS x(id bigint, person_id bigint, unit_id bigint, admitted_on date, status text,
            status_on date, status_reason text, card_number text, card_issued_on date, admission_kind text,
            previous_membership_id bigint)
      ORDER BY id`,
    [JSON.stringify(memberships)],
  );
  await tx.query(
    `INSERT INTO member_cards (membership_id, unit_id, card_number, issued_on)
     SELECT * FROM json_to_recordset($1) AS x(membership_id bigint, unit_id bigint, card_number text, issued_on date)`,
    [JSON.stringify(cards)],
  );
  await tx.query(
    `INSERT INTO member_transfers (membership_id, person_id, unit_id, to_unit_id, status, requested_on, reason,
                                   new_membership_id, decided_at)
     SELECT *, CASE WHEN status = 'confirmed' THEN requested_on::timestamptz END
       FROM json_to_recordset($1) AS x(membership_id bigint, person_id bigint, unit_id bigint, to_unit_id bigint,
            status text, requested_on date, reason text, new_membership_id bigint)`,
    [JSON.stringify(transfers)],
  );
  await tx.query(
    `INSERT INTO card_schemes (unit_id, pattern, next_seq)
     SELECT id, '{FED}-{YYYY}-{SEQ:6}', x.n::bigint + 1 FROM org_units JOIN json_each_text($1) x(code, n) ON x.code = org_units.code`,
    [JSON.stringify(Object.fromEntries([...cardSeq].map(([k, v]) => [k, String(v)])))],
  );
  await tx.query(
    `INSERT INTO development_targets (unit_id, year, new_members, new_unions)
     SELECT id, 2026, CASE kind WHEN 'confederation' THEN 450 WHEN 'provincial_federation' THEN 150 ELSE 30 END,
            CASE kind WHEN 'confederation' THEN 12 WHEN 'provincial_federation' THEN 4 ELSE 1 END
       FROM org_units WHERE kind IN ('confederation', 'provincial_federation', 'upper_union')`,
  );
  return persons.length;
}
