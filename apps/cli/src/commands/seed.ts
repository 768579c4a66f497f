import type { Command } from 'commander';
import { isEmpty, maxMembers, resetDatabase, seedDemo, seedOperations, seedSynthetic } from '@congdoan/api';
import { cliCtx, withDatabase } from '../runtime';

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
  seed
    .command('operations')
    .description(
      'Nạp 5 năm hoạt động lên bộ dữ liệu tổng hợp: kiến nghị, sự kiện, phong trào, phúc lợi, báo cáo quý ' +
        '(five years of operations on a synthetic dataset)',
    )
    .option('--years <n>', 'số năm (years; only 5: the synthetic window)', '5')
    .option('--seed <s>', 'hạt giống ngẫu nhiên: cùng hạt giống, cùng dữ liệu (deterministic seed)', '1')
    .action(async (opts: { years: string; seed: string }) => {
      const seedValue = Number(opts.seed);
      if (!Number.isInteger(seedValue)) throw new Error('--seed phải là số nguyên.');
      await withDatabase(async (db) => {
        const r = await seedOperations(db.pool, { years: Number(opts.years), seed: seedValue, ctx: await cliCtx(db) });
        const n = (x: number) => x.toLocaleString('vi-VN');
        console.log(
          `Đã nạp dữ liệu hoạt động (seed ${r.seed}): ${n(r.founded)} CĐCS thành lập trong kỳ, ${n(r.petitions)} kiến nghị, ` +
            `${n(r.events)} sự kiện với ${n(r.registrations)} lượt đăng ký, ${n(r.campaigns)} phong trào (${n(r.campaignReports)} báo cáo hoạt động), ` +
            `${n(r.programmes)} chương trình phúc lợi: ${n(r.nominations)} đề nghị, ${n(r.handouts)} lượt trao, ${n(r.homes)} Mái ấm, ` +
            `${n(r.vouchers)} phiếu Chợ Tết; ${n(r.assignments)} đợt báo cáo quý với ${n(r.submissions)} báo cáo ` +
            `(${n(r.late)} nộp muộn, ${n(r.missing)} chưa nộp); ${Math.round(r.seconds)} giây.`,
        );
        if (r.moved)
          console.log(
            `Sắp xếp lại: đơn vị ${r.moved.unitId} chuyển từ ${r.moved.from} sang ${r.moved.to} từ ${r.moved.effectiveOn}.`,
          );
      });
    });
}
