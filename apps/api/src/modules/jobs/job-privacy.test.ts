import { beforeAll, describe, expect, it } from 'vitest';
import { runNextJob } from './job-runner';
import { unitId, useTestApp, type Session } from '../../testing/test-app';

const t = useTestApp();
const run = () => runNextJob(t.db.pool, t.app.deps.config, t.app.deps.files);

const cccd = '045190001234';
const phone = '0912345678';

/** A user with one role on one unit, signed in. */
async function account(username: string, role: string, unitCode: string): Promise<Session> {
  await t.db.pool.query(
    `WITH u AS (
       INSERT INTO app_users (username, display_name, password_hash, must_change_password, home_unit_id)
       SELECT $1, $1, password_hash, false, (SELECT id FROM org_units WHERE code = $3) FROM app_users WHERE username = 'admin'
       RETURNING id)
     INSERT INTO role_grants (user_id, role, unit_id) SELECT u.id, $2, (SELECT id FROM org_units WHERE code = $3) FROM u`,
    [username, role, unitCode],
  );
  return t.signIn(username);
}

async function finishedExport(s: Session, filter: Record<string, unknown>): Promise<number> {
  const res = await s.request('POST', '/api/members/exports', { format: 'csv', filter });
  expect(res.statusCode, res.body).toBe(200);
  await run();
  return res.json<{ jobId: number }>().jobId;
}

let admin: Session;
let qtViewer: Session;
let qtOfficer: Session;
let otherOfficer: Session;
let auditor: Session;

beforeAll(async () => {
  admin = await t.signIn('admin');
  qtOfficer = await t.signIn('qt.canbo');
  auditor = await t.signIn('kiemtra');
  qtViewer = await account('qt.xem', 'viewer', 'LDLD-44');
  otherOfficer = await account('lc.canbo', 'officer', 'LDLD-15');
  const res = await qtOfficer.request('POST', '/api/members', {
    person: { fullName: 'Hồ Thị Riêng', gender: 'female', birthDate: '1990-03-04', cccd, phone },
    unitId: await unitId(t, 'QT-0001'),
    admittedOn: '2024-01-01',
  });
  expect(res.statusCode, res.body).toBe(200);
});

describe('job results are as private as their content', () => {
  it("refuses an administrator's member export to a viewer in scope and to another branch; the owner gets it", async () => {
    const id = await finishedExport(admin, { unit: await unitId(t, 'LDLD-44') });
    const own = await admin.request('GET', `/api/jobs/${id}/file`);
    expect(own.statusCode).toBe(200);
    expect(own.body).toContain(cccd);
    expect(own.body).toContain(phone);
    for (const [who, s] of [
      ['viewer in scope', qtViewer],
      ['officer of another branch', otherOfficer],
    ] as const) {
      for (const url of [`/api/jobs/${id}`, `/api/jobs/${id}/file`]) {
        const res = await s.request('GET', url);
        expect(res.statusCode, `${who} ${url}`).toBe(404);
        expect(res.json().error.code).toBe('JOB_NOT_FOUND');
        expect(res.body).not.toContain(cccd);
      }
    }
    // Holders of member.read and personal_data.read on the unit may see the same people anyway.
    for (const s of [qtOfficer, auditor]) {
      const res = await s.request('GET', `/api/jobs/${id}/file`);
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain(cccd);
    }
    const { rows } = await t.db.pool.query<{ actor_name: string }>(
      "SELECT actor_name FROM audit_log WHERE action = 'job.download' AND entity_id = $1 ORDER BY id",
      [String(id)],
    );
    expect(rows.map((r) => r.actor_name)).toEqual(['admin', 'qt.canbo', 'kiemtra']);
  });

  it('keeps an export without a unit (the whole of its owner’s scope) to its owner', async () => {
    const id = await finishedExport(admin, {});
    expect((await admin.request('GET', `/api/jobs/${id}`)).statusCode).toBe(200);
    for (const s of [qtOfficer, auditor, qtViewer]) {
      expect((await s.request('GET', `/api/jobs/${id}/file`)).statusCode).toBe(404);
    }
  });

  it('masks at generation an export made by someone without personal_data.read', async () => {
    const id = await finishedExport(qtViewer, { unit: await unitId(t, 'QT-0001') });
    const file = await qtViewer.request('GET', `/api/jobs/${id}/file`);
    expect(file.statusCode).toBe(200);
    expect(file.body).toContain('Hồ Thị Riêng');
    expect(file.body).not.toContain(cccd);
    expect(file.body).not.toContain(phone);
    expect(file.body).toContain('*********234');
    const job = (await qtViewer.request('GET', `/api/jobs/${id}`)).json();
    expect(job.hasFile).toBe(true);
    // The storage key stays on the server.
    expect(job.result).not.toHaveProperty('fileKey');
  });

  it("refuses an import's error file (rows with CCCD and phone) to a viewer in scope", async () => {
    const unit = await unitId(t, 'QT-0001');
    const csv = `Họ và tên;Ngày sinh;Giới tính;Số CCCD;SĐT\nLê Văn Lỗi;31/02/1990;Nam;045090009999;0987654321\n`;
    const up = await qtOfficer.request('POST', `/api/imports?unitId=${unit}`, {
      fileName: 'loi.csv',
      contentBase64: Buffer.from(csv).toString('base64'),
    });
    expect(up.statusCode, up.body).toBe(200);
    const checked = await qtOfficer.request('POST', `/api/imports/${up.json().id}/check`, {
      sheetIndex: 0,
      headerRow: 1,
      fields: ['fullName', 'birthDate', 'gender', 'cccd', 'phone'],
    });
    expect(checked.statusCode, checked.body).toBe(200);
    await run();
    const jobId = checked.json().previewJobId as number;
    const own = await qtOfficer.request('GET', `/api/jobs/${jobId}/file`);
    expect(own.statusCode, own.body).toBe(200);
    for (const s of [qtViewer, otherOfficer]) {
      expect((await s.request('GET', `/api/jobs/${jobId}`)).statusCode).toBe(404);
      expect((await s.request('GET', `/api/jobs/${jobId}/file`)).statusCode).toBe(404);
    }
    // A colleague who may run this import (member.write and personal_data.read there) follows it.
    const colleague = await t.signIn('qt.quantri');
    expect((await colleague.request('GET', `/api/jobs/${jobId}/file`)).statusCode).toBe(200);
  });
});
