import type { Command } from 'commander';
import { CliExit } from '../exit';
import { withDatabase } from '../runtime';

type Diff = {
  level: string;
  unit_id: number;
  sector: string | null;
  status: string;
  gender: string;
  stored: number;
  recounted: number;
};

// The member rollups (migration 0009): compare with a full recount, or rebuild after a bulk load with
// triggers off. Both are SQL functions; these commands only call them and report.
export function rollupsCommand(program: Command) {
  const rollups = program.command('rollups').description('Số liệu tổng hợp đoàn viên (member rollups)');
  rollups
    .command('check')
    .description('So với đếm lại toàn bộ (compare with a full recount); exit 1 if any row differs')
    .action(async () => {
      const rows = await withDatabase(
        async (db) => (await db.pool.query<Diff>('SELECT * FROM member_rollups_check()')).rows,
      );
      if (rows.length === 0) {
        console.log('Số liệu tổng hợp khớp với đếm lại. (rollups equal a full recount)');
        return;
      }
      for (const r of rows.slice(0, 50)) {
        const key = [r.level, r.unit_id, r.sector, r.status, r.gender].filter((x) => x !== null).join(' ');
        console.error(`${key}: lưu ${r.stored}, đếm lại ${r.recounted}`);
      }
      console.error(`SAI LỆCH: ${rows.length} dòng. Chạy "congdoan rollups rebuild". (rollups differ)`);
      throw new CliExit(1);
    });
  rollups
    .command('rebuild')
    .description('Tính lại toàn bộ từ đầu (recompute from scratch; blocks member writes while it runs)')
    .action(async () => {
      const n = await withDatabase(
        async (db) => (await db.pool.query<{ n: number }>('SELECT member_rollups_rebuild() AS n')).rows[0]!.n,
      );
      console.log(`Đã tính lại: ${n} dòng theo đơn vị. (rebuilt)`);
    });
}
