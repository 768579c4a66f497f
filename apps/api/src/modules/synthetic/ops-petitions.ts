// Petitions raised by grassroots unions over the window: about one per 200 members a year, handled by the
// upper union once presented; 72 % answered 7–90 days after they were raised (if that is before the
// dataset's day), a third of those then resolved.
import type pg from 'pg';
import { copyIn } from './copy-loader';
import { chunked, countAbout, line, opsEnd, opsStart, vnAt, type OpsUnits } from './operations-units';
import type { Rng } from './rng';

const subjects: Record<string, string[]> = {
  wages: ['Điều chỉnh tiền lương theo lương tối thiểu vùng mới', 'Trả lương làm thêm giờ đúng quy định'],
  housing: ['Hỗ trợ nhà ở cho công nhân thuê trọ', 'Cải thiện điều kiện khu nhà trọ công nhân'],
  kindergarten: ['Mở nhóm trẻ gần khu công nghiệp', 'Hỗ trợ tiền gửi trẻ cho con công nhân'],
  culture: ['Xây dựng thiết chế văn hóa cho công nhân', 'Tổ chức hoạt động thể thao cuối tuần'],
  policy: ['Đóng bảo hiểm xã hội đầy đủ cho người lao động', 'Giải quyết chế độ thai sản kịp thời'],
  law: ['Tư vấn pháp luật lao động tại doanh nghiệp', 'Giải quyết tranh chấp hợp đồng lao động'],
  training: ['Đào tạo nâng cao tay nghề cho công nhân', 'Hỗ trợ học nghề khi chuyển đổi công việc'],
  other: ['Cải thiện bữa ăn ca', 'Bố trí xe đưa đón công nhân'],
};

export const petitionColumns = [
  'id',
  'unit_id',
  'origin_unit_id',
  'title',
  'content',
  'topic_id',
  'raised_by',
  'addressee_kind',
  'addressee_name',
  'affected_workers',
  'status',
  'status_changed_at',
  'answer_text',
  'answered_by',
  'answered_at',
  'resolved_at',
  'created_at',
  'federation_id',
];

export async function loadPetitions(
  client: pg.PoolClient,
  units: OpsUnits,
  r: Rng,
  firstId: number,
  tick: (n: number) => void,
): Promise<number> {
  const { rows: topics } = await client.query<{ id: string; code: string }>(
    'SELECT id, code FROM petition_topics WHERE active ORDER BY sort, id',
  );
  if (topics.length === 0) return 0;
  let id = firstId;
  const years = (opsEnd - opsStart) / 365.25;
  function* rows() {
    for (const g of units.grassroots) {
      if (!g.persons) continue;
      const k = countAbout((g.persons.n * years) / 200, r.next);
      for (let i = 0; i < k; i++) {
        const topic = r.pick(topics);
        const title = r.pick(subjects[topic.code] ?? subjects.other!);
        const day = opsStart + r.int(opsEnd - opsStart);
        const created = vnAt(day, 8 + r.int(9), r.int(60));
        const employer = r.next() < 0.7;
        const answeredDay = day + 7 + r.int(84);
        const answered = r.next() < 0.72 && answeredDay < opsEnd;
        const resolved = answered && r.next() < 0.33 && answeredDay + 30 < opsEnd;
        const status = resolved ? 'resolved' : answered ? 'answered' : r.next() < 0.5 ? 'presented' : 'collected';
        const answeredAt = answered ? vnAt(answeredDay, 14) : null;
        const resolvedAt = resolved ? vnAt(answeredDay + 30, 10) : null;
        tick(1);
        yield line([
          id++,
          status === 'collected' ? g.id : (g.parentId ?? g.id),
          g.id,
          title,
          `${title}: ý kiến của đoàn viên, người lao động tại ${g.name}.`,
          topic.id,
          'unit',
          employer ? 'employer' : 'authority',
          employer ? 'Ban Giám đốc doanh nghiệp' : 'Ủy ban nhân dân xã',
          5 + r.int(g.persons.n),
          status,
          resolvedAt ?? answeredAt ?? created,
          answered ? 'Đơn vị tiếp thu và sẽ thực hiện trong quý tới.' : null,
          answered ? (employer ? 'Giám đốc doanh nghiệp' : 'Chủ tịch UBND xã') : null,
          answeredAt,
          resolvedAt,
          created,
          g.federationId,
        ]);
      }
    }
  }
  await copyIn(client, `COPY petitions (${petitionColumns.join(', ')}) FROM STDIN`, chunked(rows()));
  return id - firstId;
}
