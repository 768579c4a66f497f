import type { Command } from 'commander';
import { verifyAuditChain } from '@congdoan/api';
import { CliExit } from '../exit';
import { withDatabase } from '../runtime';

export function auditCommand(program: Command) {
  const audit = program.command('audit').description('Nhật ký hệ thống (audit log)');
  audit
    .command('verify')
    .description('Kiểm tra chuỗi băm của nhật ký (verify the hash chain); exit 1 if tampered')
    .action(async () => {
      const report = await withDatabase(async (db) => verifyAuditChain(db.pool));
      if (report.broken.length === 0) {
        console.log(`Nhật ký toàn vẹn: ${report.rows} dòng đã kiểm tra. (audit chain intact)`);
        return;
      }
      for (const b of report.broken) {
        console.error(
          `Dòng ${b.id}: ${b.reason === 'hash' ? 'nội dung bị sửa (hash mismatch)' : 'chuỗi bị đứt (link broken)'}`,
        );
      }
      console.error(
        `PHÁT HIỆN SỬA ĐỔI: ${report.broken.length} dòng không hợp lệ trên ${report.rows}. (tampering detected)`,
      );
      throw new CliExit(1);
    });
}
