import { describe, expect, it } from 'vitest';
import { useTestApp } from '../../../testing/test-app';
import { MultipartBody } from '../../../testing/multipart';
import { qtNomination } from '../welfare.fixtures';

// Documents and photos on a nomination: attached, listed and downloaded as they came, private to those who
// may see personal data over the nominating unit, audited, removed while the nominating unit prepares it.
const t = useTestApp();
const pdf = Buffer.from('%PDF-1.4\n% giấy xác nhận hoàn cảnh khó khăn\n%%EOF\n');
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]);

describe('nomination attachments', () => {
  it('attaches, lists, downloads (audited) and removes; the bytes come back as sent', async () => {
    const s = await t.signIn('qt.canbo');
    const { id } = await qtNomination(t, 'draft');
    const up = await s.request(
      'POST',
      `/api/welfare/nominations/${id}/files?note=${encodeURIComponent('Giấy xác nhận của UBND xã')}`,
      new MultipartBody({ name: 'giấy xác nhận.pdf', content: pdf }),
    );
    expect(up.statusCode, up.body).toBe(200);
    const photo = await s.request(
      'POST',
      `/api/welfare/nominations/${id}/files`,
      new MultipartBody({ name: 'nha-o.png', content: png }),
    );
    expect(photo.statusCode, photo.body).toBe(200);
    const list = (await s.request('GET', `/api/welfare/nominations/${id}/files`)).json();
    expect(list.items).toMatchObject([
      { fileName: 'giấy xác nhận.pdf', fileKind: 'pdf', sizeBytes: pdf.length, note: 'Giấy xác nhận của UBND xã' },
      { fileName: 'nha-o.png', fileKind: 'png', sizeBytes: png.length, note: null },
    ]);
    const got = await s.request('GET', `/api/welfare/nominations/${id}/files/${up.json().id}`);
    expect(got.statusCode).toBe(200);
    expect(got.headers['content-type']).toContain('application/pdf');
    expect(got.rawPayload.equals(pdf)).toBe(true);
    const img = await s.request('GET', `/api/welfare/nominations/${id}/files/${photo.json().id}`);
    expect(img.headers['content-type']).toContain('image/png');
    const { rows: audit } = await t.db.pool.query(
      `SELECT action, entity_type AS "entityType" FROM audit_log
        WHERE action IN ('welfare_nomination.attach', 'welfare_nomination.download_file', 'welfare_nomination.remove_file')
        ORDER BY id`,
    );
    expect(audit.map((a) => a.action)).toEqual([
      'welfare_nomination.attach',
      'welfare_nomination.attach',
      'welfare_nomination.download_file',
      'welfare_nomination.download_file',
    ]);
    const removed = await s.request('DELETE', `/api/welfare/nominations/${id}/files/${photo.json().id}`);
    expect(removed.statusCode, removed.body).toBe(200);
    expect((await s.request('GET', `/api/welfare/nominations/${id}/files`)).json().items).toHaveLength(1);
    expect((await s.request('GET', `/api/welfare/nominations/${id}/files/${photo.json().id}`)).statusCode).toBe(404);
    const { rows: gone } = await t.db.pool.query(
      `SELECT before->>'file_name' AS name FROM audit_log WHERE action = 'welfare_nomination.remove_file'`,
    );
    expect(gone).toEqual([{ name: 'nha-o.png' }]);
  });

  it('refuses a file of another type, a viewer, another branch, and changes once the nomination is sent up', async () => {
    const s = await t.signIn('qt.canbo');
    const { id } = await qtNomination(t, 'draft');
    const exe = await s.request(
      'POST',
      `/api/welfare/nominations/${id}/files`,
      new MultipartBody({ name: 'virus.pdf', content: Buffer.from('MZ not a pdf') }),
    );
    expect(exe.statusCode).toBe(415);
    expect(exe.json().error.code).toBe('FILE_TYPE_NOT_ALLOWED');
    const ok = await s.request(
      'POST',
      `/api/welfare/nominations/${id}/files`,
      new MultipartBody({ name: 'giay.pdf', content: pdf }),
    );
    const fileId = ok.json().id;
    // A viewer of the province has welfare.read but not personal data: the files are not theirs to see.
    await t.db.pool.query(
      `WITH u AS (INSERT INTO app_users (username, display_name, password_hash, must_change_password, home_unit_id)
                  SELECT 'qt.xem2', 'Xem', password_hash, false, (SELECT id FROM org_units WHERE code = 'LDLD-44')
                    FROM app_users WHERE username = 'admin' RETURNING id)
       INSERT INTO role_grants (user_id, role, unit_id) SELECT u.id, 'viewer', o.id FROM u, org_units o WHERE o.code = 'LDLD-44'`,
    );
    const viewer = await t.signIn('qt.xem2');
    expect((await viewer.request('GET', `/api/welfare/nominations/${id}/files`)).statusCode).toBe(404);
    expect((await viewer.request('GET', `/api/welfare/nominations/${id}/files/${fileId}`)).statusCode).toBe(404);
    const other = await t.signIn('na.xem');
    expect((await other.request('GET', `/api/welfare/nominations/${id}/files/${fileId}`)).statusCode).toBe(404);
    // The auditor reads them (welfare.read and personal data over the country).
    const auditor = await t.signIn('kiemtra');
    expect((await auditor.request('GET', `/api/welfare/nominations/${id}/files/${fileId}`)).statusCode).toBe(200);
    // Sent up: the evidence is what the reviewers see; no more changes until it is returned.
    expect((await s.request('POST', `/api/welfare/nominations/${id}/submit`)).statusCode).toBe(200);
    const late = await s.request('DELETE', `/api/welfare/nominations/${id}/files/${fileId}`);
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('WELFARE_STATUS_INVALID');
    expect((await s.request('GET', `/api/welfare/nominations/${id}/files`)).json().items).toHaveLength(1);
  });
});
