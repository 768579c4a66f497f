import { formatNumberVN, Permission } from '@congdoan/domain';
import { scopeFor } from '../../context/actor';
import { requireActor, type Ctx } from '../../context/context';
import { auditEvent } from '../../db/tx';
import { documentIssuer, fullUnitName, nd30Docx, type Block, type Nd30Content } from '../../kit/documents';
import { mediaType } from '../../kit/media-types';
import { nd30Pdf } from '../../kit/pdf';
import { findDialogue } from './dialogues.queries';

type Presented = { title: string; originUnitName: string; affectedWorkers: number };

// A free-text field as paragraphs, one per line; dotted lines to fill in by hand when it is empty.
const lines = (value: string | null, empty: string) =>
  (value?.trim() ? value.split(/\r?\n/).filter((l) => l.trim()) : [empty]).map((l): Block => ({ paragraph: l.trim() }));
const toFill = '…'.repeat(60);

/**
 * The minutes (biên bản) of a dialogue as a Nghị định 30 document, from what was recorded: who chaired, who
 * attended, the agenda, the petitions put to it and the minutes text. Signed by the secretary (the exporting
 * official) and by who chaired (name left blank: the product records the host's position, not their name).
 */
export async function dialogueMinutes(ctx: Ctx, id: number): Promise<Nd30Content> {
  const actor = requireActor(ctx);
  const scopes = scopeFor(actor, Permission.PetitionRead);
  const d = await findDialogue(ctx.pool, id, scopes);
  // only the petitions this reader may see (handled in their scope), as on the petitions screen
  const { rows: petitions } = await ctx.pool.query<Presented>(
    `SELECT p.title, ou.name AS "originUnitName", p.affected_workers AS "affectedWorkers"
       FROM petitions p JOIN org_units ou ON ou.id = p.origin_unit_id JOIN org_units hu ON hu.id = p.unit_id
      WHERE p.dialogue_id = $1 AND hu.path <@ $2::ltree[] ORDER BY p.id`,
    [id, scopes],
  );
  const { issuer } = await documentIssuer(ctx, d.unitId, d.heldOn);
  const body: Block[] = [
    { paragraph: `${issuer.name} tổ chức ${d.title}${d.place ? ` tại ${d.place}` : ''}.` },
    { heading: 'I. THÀNH PHẦN THAM DỰ' },
    { paragraph: `Chủ trì: ${d.host}.` },
    ...lines(d.participants, toFill),
    { heading: 'II. NỘI DUNG' },
    ...lines(d.agenda, toFill),
    ...(petitions.length
      ? [
          { heading: 'III. KIẾN NGHỊ ĐƯA RA HỘI NGHỊ' },
          {
            table: {
              head: ['TT', 'Kiến nghị', 'Đơn vị kiến nghị', 'Số người lao động'],
              rows: petitions.map((p, i) => [
                String(i + 1),
                p.title,
                fullUnitName(p.originUnitName),
                formatNumberVN(p.affectedWorkers),
              ]),
              numeric: [0, 3],
            },
          },
        ]
      : []),
    { heading: `${petitions.length ? 'IV' : 'III'}. DIỄN BIẾN VÀ KẾT LUẬN` },
    ...lines(d.minutes, toFill),
    {
      paragraph:
        'Biên bản được lập xong vào hồi … giờ … cùng ngày, đã được đọc lại trước hội nghị và nhất trí thông qua.',
    },
  ];
  return {
    issuer,
    kind: 'minutes',
    date: d.heldOn,
    summary: d.title,
    body,
    secretary: { authority: null, title: 'THƯ KÝ', name: actor.displayName },
    signature: { authority: 'CHỦ TRÌ', title: d.host.toUpperCase(), name: '' },
    recipients: ['Các đại biểu dự hội nghị', ...(issuer.parentName ? [`Ban Thường vụ ${issuer.parentName}`] : [])],
  };
}

/** The minutes as .docx or PDF (the same content), the export audited. */
export async function dialogueMinutesFile(
  ctx: Ctx,
  id: number,
  format: 'docx' | 'pdf',
): Promise<{ fileName: string; contentType: string; body: Buffer }> {
  const content = await dialogueMinutes(ctx, id);
  const body = format === 'pdf' ? await nd30Pdf(content) : await nd30Docx(content);
  await ctx.tx('dialogue.export_minutes', (tx) =>
    auditEvent(tx, { action: 'dialogue.export_minutes', entityType: 'dialogues', entityId: id, data: { format } }),
  );
  return { fileName: `bien-ban-doi-thoai-${id}.${format}`, contentType: mediaType[format], body };
}
