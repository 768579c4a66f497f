// A small draft law as a .docx, built with the docx package, for tests of the import.
import { Document, Packer, Paragraph } from 'docx';

export async function sampleDraftDocx(): Promise<Buffer> {
  const lines = [
    'LUẬT CÔNG ĐOÀN (DỰ THẢO)',
    'Chương I',
    'NHỮNG QUY ĐỊNH CHUNG',
    'Điều 1. Phạm vi điều chỉnh',
    'Luật này quy định về quyền, trách nhiệm của Công đoàn.',
    'Điều 2. Đối tượng áp dụng',
    'Luật này áp dụng đối với cơ quan, tổ chức, doanh nghiệp.',
    'Chương II',
    'QUYỀN, TRÁCH NHIỆM CỦA CÔNG ĐOÀN',
    'Điều 3. Đại diện, bảo vệ quyền lợi người lao động',
    'Công đoàn đại diện, bảo vệ quyền và lợi ích hợp pháp, chính đáng của người lao động.',
  ];
  const doc = new Document({ sections: [{ children: lines.map((text) => new Paragraph({ text })) }] });
  return Packer.toBuffer(doc);
}
