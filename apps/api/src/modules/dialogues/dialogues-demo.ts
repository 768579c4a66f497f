import type { Tx } from '../../db/tx';

/** The Hướng Hóa dialogue of May 2024; the petitions demo puts its call and petitions on it. */
export const demoDialogueTitle =
  'Hội nghị đối thoại giữa Chủ tịch UBND huyện Hướng Hóa với công nhân, viên chức, lao động năm 2024';

/** Demo: the dialogue with the chair of the district People's Committee (seeded before the petitions). */
export async function seedDialoguesDemo(tx: Tx): Promise<void> {
  await tx.query(
    `INSERT INTO dialogues (unit_id, kind, title, host, held_on, place, participants, agenda, minutes, created_at)
     VALUES ((SELECT id FROM org_units WHERE code = 'LDLD-44'), 'government', $1,
       $2, '2024-05-16', 'Hội trường UBND huyện Hướng Hóa, Khe Sanh',
       'Lãnh đạo UBND huyện, các phòng ban; LĐLĐ tỉnh; 120 đại biểu công nhân, viên chức, lao động',
       'Báo cáo tổng hợp kiến nghị; đối thoại trực tiếp; kết luận của Chủ tịch UBND huyện',
       'Chủ tịch UBND huyện trả lời 7/8 nhóm kiến nghị; giao các phòng ban theo dõi thực hiện.', '2024-04-10')`,
    [demoDialogueTitle, 'Chủ tịch UBND huyện Hướng Hóa'],
  );
}
