// The mixed-load benchmark's officials: accounts created through the product's createUser (audited), each
// an officer of a real unit in a federation other than the importer's, with real ids from its own scope
// sampled from the database (people to open, edit, register and transfer; names and numbers to search).
// Officers of grassroots unions are most of them, as in the field; some sit at commune and province level.
import pg from 'pg';
import { ensureUser } from './accounts';

export type Level = 'federation' | 'upper' | 'grassroots';

/** The body of PUT /api/members/:id, built from the person's row as the edit form would send it back. */
export type EditPerson = { id: number; person: Record<string, unknown> };

export type Official = {
  username: string;
  password: string;
  level: Level;
  homeUnitId: number;
  /** The grassroots union whose people this official works on (the home unit for grassroots officers). */
  workUnitId: number;
  /** Another grassroots union of the same federation: where transfers go. */
  transferTo: number;
  pagePeople: number[];
  editPeople: EditPerson[];
  registerPeople: number[];
  transferPeople: number[];
  searches: string[];
};

type Unit = { id: number; path: string; parentId: number };

const levelOf = (k: number): Level => (k % 10 === 0 ? 'federation' : k % 10 <= 2 ? 'upper' : 'grassroots');

/** Provincial federations except the importer's, in a fixed order. */
export async function otherFederations(pool: pg.Pool, exceptId: number) {
  const { rows } = await pool.query<{ id: number; path: string; code: string }>(
    `SELECT id::int, path::text, code FROM org_units
      WHERE kind = 'provincial_federation' AND closed_on IS NULL AND id <> $1 ORDER BY code`,
    [exceptId],
  );
  return rows;
}

/** Grassroots unions of a federation with at least `min` active members, in a seeded random order. */
async function busyGrassroots(pool: pg.Pool, fedPath: string, seed: string, want: number, min: number) {
  const { rows } = await pool.query<Unit>(
    `SELECT id::int, path::text, parent_id::int AS "parentId" FROM org_units
      WHERE kind = 'grassroots_union' AND closed_on IS NULL AND path <@ $1::ltree
      ORDER BY md5(id::text || $2) LIMIT 400`,
    [fedPath, seed],
  );
  const out: Unit[] = [];
  for (const u of rows) {
    const { rows: n } = await pool.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM (SELECT 1 FROM persons WHERE unit_id = $1 AND member_status = 'active'
          AND merged_into_id IS NULL LIMIT $2) s`,
      [u.id, min],
    );
    if (n[0]!.n >= min) out.push(u);
    if (out.length >= want) break;
  }
  return out;
}

type PersonRow = Record<string, string | number | null>;

function editBody(p: PersonRow): Record<string, unknown> {
  const address = (prefix: 'permanent' | 'current') =>
    p[`${prefix}_address`] || p[`${prefix}_province_code`]
      ? {
          line: p[`${prefix}_address`],
          provinceCode: p[`${prefix}_province_code`],
          communeCode: p[`${prefix}_commune_code`],
          codeVersion: p[`${prefix}_code_version`],
        }
      : null;
  return {
    familyName: p.family_name,
    middleName: p.middle_name,
    givenName: p.given_name,
    gender: p.gender,
    birthDate: p.birth_date,
    cccd: p.cccd,
    phone: p.phone,
    email: p.email,
    ethnicity: p.ethnicity,
    permanentAddress: address('permanent'),
    currentAddress: address('current'),
    occupation: p.occupation,
    employer: p.employer,
    educationLevel: p.education_level,
    nationality: p.nationality,
    passportNo: p.passport_no,
  };
}

/** Search strings an official would type for people of their union: names, CCCD, phone. */
function searchesFor(people: PersonRow[]): string[] {
  return people.map((p, i) => {
    const kind = i % 5;
    if (kind === 1 && p.cccd) return String(p.cccd);
    if (kind === 2 && p.phone) return String(p.phone);
    if (kind === 3) return `${p.family_name} ${p.given_name}`;
    return String(p.full_name);
  });
}

async function peopleOf(pool: pg.Pool, unitId: number, seed: string, n: number) {
  const { rows } = await pool.query<PersonRow>(
    `SELECT id::int, full_name, family_name, middle_name, given_name, gender, birth_date::text AS birth_date, cccd,
            phone, email, ethnicity, permanent_address, permanent_province_code, permanent_commune_code,
            permanent_code_version, current_address, current_province_code, current_commune_code,
            current_code_version, occupation, employer, education_level, nationality, passport_no
       FROM persons WHERE unit_id = $1 AND member_status = 'active' AND merged_into_id IS NULL
      ORDER BY md5(id::text || $2) LIMIT $3`,
    [unitId, seed, n],
  );
  return rows;
}

/**
 * `count` officials spread round-robin over the federations; accounts named `bench.<tag>.o<k>`.
 * People are split so that no two officials (and no two operations) fight over one person.
 */
export async function createOfficials(
  pool: pg.Pool,
  feds: { id: number; path: string }[],
  count: number,
  tag: string,
  log: (s: string) => void,
): Promise<Official[]> {
  const perFed = Math.ceil(count / feds.length);
  const units = new Map<number, Unit[]>();
  for (const f of feds) units.set(f.id, await busyGrassroots(pool, f.path, tag, perFed + 1, 60));
  log(`sampled ${[...units.values()].flat().length} grassroots unions with ≥ 60 active members`);
  const out: Official[] = [];
  for (let k = 0; k < count; k++) {
    const fed = feds[k % feds.length]!;
    const list = units.get(fed.id)!;
    const i = Math.floor(k / feds.length);
    const work = list[i % list.length]!;
    const level = levelOf(k);
    const homeUnitId = level === 'federation' ? fed.id : level === 'upper' ? work.parentId : work.id;
    const people = await peopleOf(pool, work.id, tag, 60);
    const username = `bench.${tag}.o${k}`;
    const password = await ensureUser(pool, username, 'officer', homeUnitId);
    out.push({
      username,
      password,
      level,
      homeUnitId,
      workUnitId: work.id,
      transferTo: list[(i + 1) % list.length]!.id,
      pagePeople: people.map((p) => Number(p.id)),
      editPeople: people.slice(0, 20).map((p) => ({ id: Number(p.id), person: editBody(p) })),
      registerPeople: people.slice(20, 45).map((p) => Number(p.id)),
      transferPeople: people.slice(45, 60).map((p) => Number(p.id)),
      searches: searchesFor(people),
    });
    if ((k + 1) % 50 === 0) log(`${k + 1} officials created`);
  }
  return out;
}
