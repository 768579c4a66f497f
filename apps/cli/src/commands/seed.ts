import type { Command } from 'commander';
import { isEmpty, resetDatabase, seedDemo } from '@congdoan/api';
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
}
