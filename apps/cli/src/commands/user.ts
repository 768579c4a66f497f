import type { Command } from 'commander';
import { Option } from 'commander';
import { AppError, errorMessage, roles, usernamePattern, type Role } from '@congdoan/domain';
import { clearLoginThrottle, createUser, resetPassword } from '@congdoan/api';
import { cliCtx, readStdin, withDatabase } from '../runtime';

export function userCommand(program: Command) {
  const user = program.command('user').description('Tài khoản người dùng (user accounts)');

  user
    .command('add')
    .description('Tạo tài khoản và cấp vai trò tại một đơn vị (create an account with a role on a unit)')
    .requiredOption('--username <name>', 'tên đăng nhập (a-z, 0-9, . _ -)')
    .option('--name <display>', 'họ tên hiển thị')
    .addOption(new Option('--role <role>', 'vai trò').choices([...roles]).makeOptionMandatory())
    .requiredOption('--unit <code>', 'mã đơn vị nơi cấp vai trò')
    .option('--password-stdin', 'đọc mật khẩu từ stdin; nếu bỏ qua, in mật khẩu một lần')
    .action(async (opts: { username: string; name?: string; role: Role; unit: string; passwordStdin?: boolean }) => {
      const username = opts.username.trim().toLowerCase();
      if (!usernamePattern.test(username)) throw new AppError('VALIDATION_FAILED', { field: 'username' });
      const password = opts.passwordStdin ? await readStdin() : undefined;
      await withDatabase(async (db) => {
        const { rows } = await db.pool.query<{ id: number }>('SELECT id FROM org_units WHERE code = $1', [opts.unit]);
        if (!rows[0]) throw new AppError('UNIT_NOT_FOUND', { code: opts.unit });
        const ctx = await cliCtx(db);
        const result = await createUser(ctx, {
          username,
          displayName: opts.name ?? username,
          homeUnitId: rows[0].id,
          role: opts.role,
          password,
        });
        console.log(`Đã tạo ${result.user.username} (${opts.role} @ ${opts.unit}).`);
        if (!password) console.log(`Mật khẩu một lần (đổi ở lần đăng nhập đầu): ${result.temporaryPassword}`);
      });
    });

  user
    .command('reset-password')
    .description('Đặt lại mật khẩu, buộc đổi ở lần đăng nhập sau (reset; forces a change at next login)')
    .requiredOption('--username <name>', 'tên đăng nhập')
    .action(async (opts: { username: string }) => {
      await withDatabase(async (db) => {
        const { rows } = await db.pool.query<{ id: number }>('SELECT id FROM app_users WHERE username = $1', [
          opts.username.trim().toLowerCase(),
        ]);
        if (!rows[0]) throw new AppError('USER_NOT_FOUND', { username: opts.username });
        const { temporaryPassword } = await resetPassword(await cliCtx(db), rows[0].id);
        console.log(`Mật khẩu một lần mới cho ${opts.username}: ${temporaryPassword}`);
      });
    });

  unlockCommand(user);
}

/** `congdoan user unlock`: an administrator's way to end an account's sign-in delay from a terminal. */
function unlockCommand(user: Command) {
  user
    .command('unlock')
    .description(
      'Gỡ thời gian chờ đăng nhập sau nhiều lần đăng nhập sai (clear the sign-in delay after failed sign-ins)',
    )
    .requiredOption('--username <name>', 'tên đăng nhập')
    .action(async (opts: { username: string }) => {
      await withDatabase(async (db) => {
        const { rows } = await db.pool.query<{ id: number }>('SELECT id FROM app_users WHERE username = $1', [
          opts.username.trim().toLowerCase(),
        ]);
        if (!rows[0]) throw new AppError('USER_NOT_FOUND', { username: opts.username });
        await clearLoginThrottle(await cliCtx(db), rows[0].id);
        console.log(`Đã gỡ thời gian chờ đăng nhập cho ${opts.username}.`);
      });
    });
}

export function describeError(error: unknown): string {
  if (error instanceof AppError) {
    const details = error.details ? ` ${JSON.stringify(error.details)}` : '';
    return `Lỗi ${error.code}: ${errorMessage(error.code, 'vi', error.details)}${details}`;
  }
  return `Lỗi: ${error instanceof Error ? error.message : String(error)}`;
}
