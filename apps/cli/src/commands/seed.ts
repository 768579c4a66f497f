import type { Command } from 'commander';
import { isEmpty, maxMembers, resetDatabase, seedDemo, seedSynthetic } from '@congdoan/api';
import { withDatabase } from '../runtime';

export function seedCommand(program: Command) {
  const seed = program.command('seed').description('Nạp dữ liệu (load data)');
  seed
    .command('demo')
    .description('Nạp dữ liệu mẫu (load the demo confederation and accounts)')
    .option('--reset', 'XÓA TOÀN BỘ dữ liệu, kể cả nhật ký, rồi nạp lại (wipes everything first)')
    .action(async (opts: { reset?: boolean }) => {
      await withDatabase(async (db) => {
        if (opts.reset) await resetDatabase(db.pool);
        else if (!(await isEmpty(db.pool))) {
          throw new Error('Cơ sở dữ liệu đã có dữ liệu. Dùng --reset để xóa và nạp lại (database not empty).');
        }
        const { password, units } = await seedDemo(db.pool, 'cli');
        console.log(`Đã nạp dữ liệu mẫu: ${units} đơn vị.`);
        console.log(`Đăng nhập: admin / ${password} (mật khẩu một lần, dùng chung cho các tài khoản mẫu).`);
      });
    });
  seed
    .command('synthetic')
    .description('Nạp bộ dữ liệu tổng hợp cỡ toàn quốc bằng COPY (load a national-size synthetic dataset)')
    .option(
      '--members <n>',
      `số đoàn viên, tối đa ${maxMembers} (members; default 12,000,000 national, 500,000 province)`,
    )
    .option('--seed <s>', 'hạt giống ngẫu nhiên: cùng hạt giống, cùng dữ liệu (deterministic seed)', '1')
    .option('--scale <scale>', 'national | province', 'national')
    .option('--province <code>', 'mã tỉnh cho --scale province (2025 code)', '44')
    .option('--reset', 'XÓA TOÀN BỘ dữ liệu, kể cả nhật ký, rồi nạp dữ liệu mẫu và dữ liệu tổng hợp')
    .action(async (opts: { members?: string; seed: string; scale: string; province: string; reset?: boolean }) => {
      if (opts.scale !== 'national' && opts.scale !== 'province')
        throw new Error('--scale phải là national hoặc province.');
      const members = opts.members === undefined ? undefined : Number(opts.members.replace(/[_,.]/g, ''));
      const seedValue = Number(opts.seed);
      if (!Number.isInteger(seedValue)) throw new Error('--seed phải là số nguyên.');
      await withDatabase(async (db) => {
        if (opts.reset) await resetDatabase(db.pool);
        else if (!(await isEmpty(db.pool))) {
          throw new Error(
            'Cơ sở dữ liệu đã có dữ liệu (đơn vị, đoàn viên). Dùng --reset để xóa toàn bộ và nạp lại (database not empty).',
          );
        }
        // the demo first: the confederation root, the demo accounts and their federations
        const { password } = await seedDemo(db.pool, 'cli');
        const r = await seedSynthetic(db.pool, {
          scale: opts.scale as 'national' | 'province',
          members,
          seed: seedValue,
          province: opts.province,
        });
        const { rows } = await db.pool.query<{ size: string }>(
          'SELECT pg_size_pretty(pg_database_size(current_database())) AS size',
        );
        const n = (x: number) => x.toLocaleString('vi-VN');
        console.log(
          `Đã nạp dữ liệu tổng hợp (${r.scale}, seed ${r.seed}): ${n(r.units)} đơn vị mới (${n(r.upperUnions)} công đoàn cấp trên, ` +
            `${n(r.grassroots)} CĐCS), ${n(r.persons)} đoàn viên, ${n(r.memberships)} quá trình sinh hoạt, ${n(r.cards)} thẻ, ` +
            `${n(r.transfers)} lần chuyển; ${Math.round(r.seconds)} giây; cơ sở dữ liệu ${rows[0]!.size}.`,
        );
        console.log(`Đăng nhập: admin / ${password} (mật khẩu một lần, dùng chung cho các tài khoản mẫu).`);
      });
    });
}
