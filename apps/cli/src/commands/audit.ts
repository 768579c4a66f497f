import type { Command } from 'commander';
import { sealAuditChain, verifyAuditChain } from '@congdoan/api';
import { CliExit } from '../exit';
import { withDatabase } from '../runtime';

const reasons = {
  hash: 'nội dung bị sửa (hash mismatch)',
  link: 'chuỗi bị đứt (link broken)',
  deleted: 'dòng đã niêm phong bị xoá (sealed row deleted)',
  order: 'sai thứ tự niêm phong (seals reordered)',
  inserted: 'dòng chèn vào sau khi niêm phong (row inserted behind the chain)',
} as const;

export function auditCommand(program: Command) {
  const audit = program.command('audit').description('Nhật ký hệ thống (audit log)');
  audit
    .command('verify')
    .description('Niêm phong rồi kiểm tra chuỗi băm của nhật ký (seal, then verify the hash chain); exit 1 if tampered')
    .action(async () => {
      const report = await withDatabase(async (db) => {
        // A running API process may be sealing right now: give it a moment rather than report its rows.
        for (let i = 0; i < 20 && (await sealAuditChain(db.pool)).busy; i++) await delay(250);
        return verifyAuditChain(db.pool);
      });
      const last = report.lastSeal
        ? `niêm phong cuối: số ${report.lastSeal.seal}, dòng ${report.lastSeal.id}, lúc ${report.lastSeal.sealedAt.toISOString()}, băm ${report.lastSeal.hash} (last seal)`
        : 'chưa có niêm phong (no seal yet)';
      if (report.broken.length === 0) {
        console.log(`Nhật ký toàn vẹn: ${report.rows} dòng đã kiểm tra. (audit chain intact)`);
        console.log(last);
        console.log(
          `${report.unsealed} dòng chưa niêm phong (giao dịch còn mở hoặc vừa ghi). (${report.unsealed} rows not sealed yet)`,
        );
        return;
      }
      for (const b of report.broken) console.error(`Dòng ${b.id}: ${reasons[b.reason]}`);
      console.error(
        `PHÁT HIỆN SỬA ĐỔI: ${report.broken.length} dòng không hợp lệ trên ${report.rows}. (tampering detected)`,
      );
      throw new CliExit(1);
    });
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
