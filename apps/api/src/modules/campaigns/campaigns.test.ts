import ExcelJS from 'exceljs';
import { xlsxSheets } from '../../testing/xlsx';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { openDocx, paragraphsWith } from '../../testing/docx';
import { unitId, useTestApp } from '../../testing/test-app';

const t = useTestApp();

async function newCampaign(reportDueOn = '2024-06-05') {
  const s = await t.signIn('qt.canbo');
  const res = await s.request('POST', '/api/campaigns', {
    unitId: await unitId(t, 'LDLD-44'),
    kind: 'workers_month',
    title: 'Tháng Công nhân năm 2024',
    year: 2024,
    startsOn: '2024-05-01',
    endsOn: '2024-05-31',
    reportDueOn,
    themes: ['Đoàn kết công nhân – Triển khai nghị quyết'],
    activities: [{ title: 'Thăm hỏi, tặng quà công nhân', indicators: ['membersVisited', 'giftsCount', 'giftsVnd'] }],
  });
  expect(res.statusCode, res.body).toBe(200);
  return { s, campaign: res.json() };
}

describe('campaigns cascaded down the tree', () => {
  it("loads the demo: Workers' Month 2024 in Quảng Trị with two grassroots unions reported and one late", async () => {
    const s = await t.signIn('qt.canbo');
    const items = (await s.request('GET', `/api/campaigns?unitId=${await unitId(t, 'LDLD-44')}`)).json().items;
    const roll = (await s.request('GET', `/api/campaigns/${items[0].id}/rollup`)).json();
    expect(roll).toMatchObject({ unitsIssued: 4, unitsReported: 3, percentComplete: 75 });
    expect(roll.late.map((l: { unitName: string }) => l.unitName)).toEqual([
      'CĐCS Công ty TNHH Điện tử Quảng Trị (FDI)',
    ]);
    expect(roll.totals.giftsVnd).toBe(20_000_000);
    const events = (await s.request('GET', `/api/events?campaignId=${items[0].id}`)).json().items;
    const launch = events.find((e: { kind: string }) => e.kind === 'launch_ceremony');
    expect(launch.startsAt).toBe('2024-04-26T00:30:00.000Z');
    const health = events.find((e: { kind: string }) => e.kind === 'health_check');
    expect(health).toMatchObject({ confirmed: 6, checkedIn: 4 });
  });

  it('issues a plan to two units, each gets its own copy with inherited activities that cannot be removed', async () => {
    const { s, campaign } = await newCampaign();
    const targets = [await unitId(t, 'QT-0001'), await unitId(t, 'QT-0002')];
    const issued = await s.request('POST', `/api/campaigns/${campaign.id}/issue`, { unitIds: targets });
    expect(issued.json()).toEqual({ created: 2, skipped: 0 });
    const again = await s.request('POST', `/api/campaigns/${campaign.id}/issue`, { unitIds: targets });
    expect(again.json()).toEqual({ created: 0, skipped: 2 });
    const list = (await s.request('GET', `/api/campaigns?year=2024`)).json();
    const copy = list.items.find(
      (c: { unitId: number; rootId: number }) => c.unitId === targets[0] && c.rootId === campaign.id,
    );
    expect(copy.parentId).toBe(campaign.id);
    const detail = (await s.request('GET', `/api/campaigns/${copy.id}`)).json();
    expect(detail.activities).toHaveLength(1);
    expect(detail.activities[0].inherited).toBe(true);
    const removed = await s.request('DELETE', `/api/campaigns/${copy.id}/activities/${detail.activities[0].id}`);
    expect(removed.statusCode).toBe(409);
    expect(removed.json().error.code).toBe('INHERITED_ACTIVITY_LOCKED');
    const own = (
      await s.request('POST', `/api/campaigns/${copy.id}/activities`, {
        title: 'Mô hình riêng',
        indicators: ['dialogues'],
      })
    ).json();
    expect(own.activities).toHaveLength(2);
    const ownId = own.activities.find((a: { inherited: boolean }) => !a.inherited).id;
    expect((await s.request('DELETE', `/api/campaigns/${copy.id}/activities/${ownId}`)).json().activities).toHaveLength(
      1,
    );
  });

  it('points an end date before the start at the end-date field, so the form shows it there', async () => {
    const s = await t.signIn('qt.canbo');
    const res = await s.request('POST', '/api/campaigns', {
      unitId: await unitId(t, 'LDLD-44'),
      kind: 'workers_month',
      title: 'Tháng Công nhân năm 2024',
      year: 2024,
      startsOn: '2024-05-31',
      endsOn: '2024-05-01',
      themes: ['Đoàn kết công nhân'],
      activities: [{ title: 'Thăm hỏi công nhân', indicators: ['membersVisited'] }],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'CAMPAIGN_DATES_INVALID', details: { field: 'endsOn' } });
  });

  it('refuses to issue to a unit that is not below the issuer', async () => {
    const { s, campaign } = await newCampaign();
    const res = await s.request('POST', `/api/campaigns/${campaign.id}/issue`, {
      unitIds: [await unitId(t, 'LDLD-44')],
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.code).toBe('CAMPAIGN_TARGET_INVALID');
  });

  it('rolls reports up: 50 % when one of two units reported, totals by level, late units', async () => {
    const { s, campaign } = await newCampaign('2024-06-05');
    const a = await unitId(t, 'QT-0001');
    const b = await unitId(t, 'QT-0002');
    await s.request('POST', `/api/campaigns/${campaign.id}/issue`, { unitIds: [a, b] });
    const copies = (await s.request('GET', `/api/campaigns?unitId=${a}`)).json().items;
    const copy = copies.find((c: { rootId: number }) => c.rootId === campaign.id);
    const activity = (await s.request('GET', `/api/campaigns/${copy.id}`)).json().activities[0];
    const negative = await s.request('PUT', `/api/campaigns/${copy.id}/activities/${activity.id}/report`, {
      done: true,
      indicators: { giftsCount: -3 },
    });
    expect(negative.statusCode).toBe(400);
    expect(negative.json().error).toMatchObject({ code: 'NEGATIVE_INDICATOR' });
    expect(negative.json().error.message).toContain('không được là số âm');
    const before = await t.auditCount();
    const ok = await s.request('PUT', `/api/campaigns/${copy.id}/activities/${activity.id}/report`, {
      done: true,
      doneOn: '2024-05-20',
      indicators: { membersVisited: 10, giftsCount: 10, giftsVnd: 20_000_000 },
      notes: 'Thăm 10 công nhân bị tai nạn lao động',
    });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(await t.auditCount()).toBeGreaterThan(before);
    const rollup = (await s.request('GET', `/api/campaigns/${campaign.id}/rollup`)).json();
    expect(rollup).toMatchObject({ unitsIssued: 2, unitsReported: 1, percentComplete: 50 });
    expect(rollup.totals).toEqual({ membersVisited: 10, giftsCount: 10, giftsVnd: 20_000_000 });
    expect(rollup.byLevel.find((l: { level: string }) => l.level === 'grassroots_union')).toMatchObject({
      units: 2,
      reported: 1,
    });
    expect(rollup.late.map((l: { unitId: number }) => l.unitId)).toEqual([b]);
    // the unit's own view reads 100 % of its activities
    expect(rollup.units.find((u: { unitId: number }) => u.unitId === a)).toMatchObject({
      reported: true,
      percent: 100,
    });
  });

  it('exports the summary as .docx (administrative format) and .xlsx', async () => {
    const { s, campaign } = await newCampaign();
    const docx = await s.request('GET', `/api/campaigns/${campaign.id}/summary.docx`);
    expect(docx.statusCode).toBe(200);
    const zip = await JSZip.loadAsync(docx.rawPayload);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('Kết quả tổ chức Tháng Công nhân năm 2024');
    expect(xml).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(xml).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(xml).toMatch(/Quảng Trị, ngày \d{2} tháng \d{1,2} năm \d{4}/);
    expect(xml).toContain('Times New Roman');
    const d = await openDocx(docx.rawPayload);
    // the issuer under its parent, full names, the number by kind and issuer, the short line
    expect(d.text).toContain('TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM');
    expect(d.text).toContain('LIÊN ĐOÀN LAO ĐỘNG TỈNH QUẢNG TRỊ');
    expect(d.text).toMatch(/Số: [\u00a0 ]+\/BC-LĐLĐ/);
    expect(d.document).toMatch(/<w:pBdr><w:bottom w:val="single"/);
    // page numbers from page 2, top centre
    expect(d.sectPr).toContain('<w:titlePg/>');
    expect(d.headers.default).toContain('PAGE');
    // body: 1 cm first line, headings kept with the next paragraph, rows that do not split
    expect(paragraphsWith(d.document, 'Thời gian: từ 01/05/2024')[0]).toContain('<w:ind w:firstLine="567"/>');
    expect(paragraphsWith(d.document, 'II. KẾT QUẢ THỰC HIỆN')[0]).toContain('<w:keepNext/>');
    expect(d.document).toContain('<w:cantSplit/>');
    // signed by the province's chair (its committee term), with "Nơi nhận"
    expect(d.text).toContain('TM. BAN THƯỜNG VỤ');
    expect(d.text).toContain('CHỦ TỊCH');
    expect(d.text).toContain('Lê Thị Thanh Hương');
    expect(d.text).toContain('Nơi nhận:');
    expect(d.text).toContain('- Lưu: VT.');
    expect(d.text).toContain('0 đồng (Không đồng)');
    const xlsx = await s.request('GET', `/api/campaigns/${campaign.id}/summary.xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const sheets = await xlsxSheets(xlsx.rawPayload);
    expect([...sheets.keys()]).toEqual(expect.arrayContaining(['Tổng hợp', 'Đơn vị']));
    const overview = sheets.get('Tổng hợp')!;
    expect(overview[0]![0]).toBe('Báo cáo kết quả tổ chức Tháng Công nhân năm 2024');
    expect(overview.find((r) => r[0] === 'Đơn vị')?.[1]).toMatch(/Quảng Trị/);
    expect(overview.find((r) => r[0] === 'Số sự kiện đã tổ chức')?.[1]).toBe('0');
  });

  it('shows the same figures on the page, in the .xlsx and in the .docx, vi-VN formatted', async () => {
    const { s, campaign } = await newCampaign('2024-06-05');
    const a = await unitId(t, 'QT-0001');
    const b = await unitId(t, 'QT-0002');
    await s.request('POST', `/api/campaigns/${campaign.id}/issue`, { unitIds: [a, b] });
    const copyOf = async (unit: number) =>
      (await s.request('GET', `/api/campaigns?unitId=${unit}`))
        .json()
        .items.find((c: { rootId: number; unitId: number }) => c.rootId === campaign.id && c.unitId === unit);
    const copyA = await copyOf(a);
    const activity = (await s.request('GET', `/api/campaigns/${copyA.id}`)).json().activities[0];
    await s.request('PUT', `/api/campaigns/${copyA.id}/activities/${activity.id}/report`, {
      done: true,
      doneOn: '2024-05-20',
      indicators: { membersVisited: 10, giftsCount: 1544, giftsVnd: 25_000_000 },
    });
    const docText = async (id: number) => {
      const docx = await s.request('GET', `/api/campaigns/${id}/summary.docx`);
      const xml = await (await JSZip.loadAsync(docx.rawPayload)).file('word/document.xml')!.async('string');
      return [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(' ');
    };
    const sheet = async (id: number) => {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load((await s.request('GET', `/api/campaigns/${id}/summary.xlsx`)).rawPayload as never);
      const overview = new Map<string, unknown>();
      wb.getWorksheet('Tổng hợp')!.eachRow((row) => overview.set(row.getCell(1).text, row.getCell(2).value));
      return { overview, unitRows: wb.getWorksheet('Đơn vị')!.rowCount - 1 };
    };

    // the province: 1 of 2 units, and the level table adds up to the same 2 units
    const page = (await s.request('GET', `/api/campaigns/${campaign.id}/rollup`)).json();
    expect(page).toMatchObject({ unitsIssued: 2, unitsReported: 1, percentComplete: 50 });
    expect(page.byLevel.reduce((sum: number, l: { units: number }) => sum + l.units, 0)).toBe(page.unitsIssued);
    const xlsx = await sheet(campaign.id);
    expect(xlsx.overview.get('Số đơn vị phải báo cáo')).toBe(page.unitsIssued);
    expect(xlsx.overview.get('Số đơn vị đã báo cáo')).toBe(page.unitsReported);
    expect(xlsx.overview.get('Tỷ lệ hoàn thành')).toBe(page.percentComplete / 100);
    expect(xlsx.unitRows).toBe(page.unitsIssued);
    const doc = await docText(campaign.id);
    expect(doc).toContain('ban hành tới 2 đơn vị; 1 đơn vị đã báo cáo (đạt 50 %)');
    expect(doc).toContain('25.000.000 đồng');
    expect(doc).toContain('1.544');
    expect(doc).toContain('0 lượt đăng ký, 0 lượt có mặt');
    expect(doc).not.toContain('LĐLĐ tỉnh, thành phố');

    // a grassroots copy counts its own activities, never "100 %" beside "0/0 units"
    const own = (await s.request('GET', `/api/campaigns/${copyA.id}/rollup`)).json();
    expect(own).toMatchObject({ unitsIssued: 0, percentComplete: 100, own: { activities: 1, reportedActivities: 1 } });
    const ownDoc = await docText(copyA.id);
    expect(ownDoc).toContain('Đơn vị đã báo cáo 1/1 hoạt động (đạt 100 %)');
    expect(ownDoc).not.toContain('0 đơn vị');
    const ownXlsx = await sheet(copyA.id);
    expect(ownXlsx.overview.get('Số hoạt động đã báo cáo')).toBe(1);
    expect(ownXlsx.overview.get('Tỷ lệ hoàn thành')).toBe(1);
    const copyB = await copyOf(b);
    expect((await s.request('GET', `/api/campaigns/${copyB.id}/rollup`)).json().percentComplete).toBe(0);
  });

  it("writes a grassroots union's report truthfully: its full name, the events its members attended, its official", async () => {
    const s = await t.signIn('qt.canbo');
    const unit = await unitId(t, 'QT-0101');
    const copy = (await s.request('GET', `/api/campaigns?unitId=${unit}`))
      .json()
      .items.find((c: { unitId: number }) => c.unitId === unit);
    const d = await openDocx((await s.request('GET', `/api/campaigns/${copy.id}/summary.docx`)).rawPayload);
    expect(d.text).toContain('CÔNG ĐOÀN CƠ SỞ CÔNG TY TNHH MAY HÒA THỌ ĐÔNG HÀ');
    expect(d.text).toContain('CÔNG ĐOÀN KHU CÔNG NGHIỆP NAM ĐÔNG HÀ');
    expect(d.text).toMatch(/Số: [\u00a0 ]+\/BC-CĐCS/); // the symbol's abbreviation; nowhere else
    expect(d.text.replace('/BC-CĐCS', '')).not.toContain('CĐCS');
    expect(d.text).toContain('Đơn vị đã báo cáo 4/4 hoạt động (đạt 100 %)');
    expect(d.text).not.toContain('0 đơn vị');
    // its 470 participants and the zone's health check its members went to (3 registered, 2 came)
    expect(d.text).toContain('Số người tham gia');
    expect(d.text).toContain('470');
    expect(d.text).toContain('Đoàn viên tham gia 1 sự kiện do cấp trên tổ chức với 3 lượt đăng ký, 2 lượt có mặt.');
    const table = [...d.document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].find((m) => m[0].includes('Đăng ký'))![0];
    expect(d.textOf(table)).toContain('Khám sức khỏe miễn phí cho công nhân KCN Nam Đông Hà');
    // the zone's spending is the zone's, not this union's
    expect(d.text).toContain('Kinh phí đã chi: 0 đồng');
    // no chair recorded for this union: the exporting official's name, to edit before signing
    expect(d.text).toContain('Trần Thị Hoa');
    expect(d.text).not.toContain('ĐƠN VỊ CHẬM BÁO CÁO');
  });

  it('keeps campaigns of another province out of sight', async () => {
    const { campaign } = await newCampaign();
    const na = await t.signIn('na.xem');
    expect((await na.request('GET', `/api/campaigns/${campaign.id}`)).statusCode).toBe(404);
    const items = (await na.request('GET', '/api/campaigns')).json().items;
    expect(items.length).toBeGreaterThan(0); // Nghệ An's own demo campaign
    expect(JSON.stringify(items)).not.toMatch(/Quảng Trị|LDLD-44/);
  });
});
