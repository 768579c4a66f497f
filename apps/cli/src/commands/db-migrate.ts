import type { Command } from 'commander';
import { appliedMigration } from '@congdoan/api';
import { withDatabase } from '../runtime';

export function dbCommand(program: Command) {
  const db = program.command('db').description('Cơ sở dữ liệu (database)');
  db.command('migrate')
    .description('Áp dụng các migration còn thiếu (apply pending migrations)')
    .action(async () => {
      // openDatabase migrates; report where the database now stands.
      const tag = await withDatabase(async (d) => appliedMigration(d.pool));
      console.log(`Đã cập nhật cơ sở dữ liệu tới migration ${tag}.`);
    });
}
