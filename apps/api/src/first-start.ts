import type pg from 'pg';
import { isEmpty, seedDemo } from './modules/demo/seed-demo';

/** On an empty database, load the demo and print how to sign in as the first administrator, once. */
export async function loadDemoOnFirstStart(pool: pg.Pool, publicUrl: string, print: (s: string) => void) {
  if (!(await isEmpty(pool))) return;
  const { password, units } = await seedDemo(pool, 'system');
  // Every demo module may add accounts (petitions adds Khe Sanh and Lao Bảo officers): list them all.
  const { rows } = await pool.query<{ username: string }>(
    "SELECT username FROM app_users WHERE username <> 'admin' ORDER BY id",
  );
  const line = '═'.repeat(72);
  print(
    [
      line,
      `  Đã nạp dữ liệu mẫu (${units} đơn vị). Demo loaded (${units} units).`,
      `  Đăng nhập quản trị lần đầu / first administrator sign-in:`,
      `    ${publicUrl}`,
      `    Tên đăng nhập / login:  admin`,
      `    Mật khẩu một lần / one-time password:  ${password}`,
      `  Bạn sẽ phải đổi mật khẩu ở lần đăng nhập đầu. You must change it at first sign-in.`,
      `  Các tài khoản mẫu khác dùng cùng mật khẩu / other demo accounts share it:`,
      `    ${rows.map((r) => r.username).join(', ')}`,
      `  Mật khẩu này chỉ in một lần. Quên: npx congdoan user reset-password --username admin`,
      line,
    ].join('\n'),
  );
}
