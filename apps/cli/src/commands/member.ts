import type { Command } from 'commander';
import { AppError, memberListQuery, membershipStatuses } from '@congdoan/domain';
import { findMembers, getCardScheme, setCardScheme } from '@congdoan/api';
import { cliCtx, withDatabase } from '../runtime';

async function unitIdByCode(
  db: { pool: { query: (s: string, p: unknown[]) => Promise<{ rows: { id: number }[] }> } },
  code: string,
) {
  const { rows } = await db.pool.query('SELECT id FROM org_units WHERE code = $1', [code]);
  if (!rows[0]) throw new AppError('UNIT_NOT_FOUND', { code });
  return rows[0].id;
}

export function memberCommand(program: Command) {
  const member = program.command('member').description('Đoàn viên (members)');

  member
    .command('find')
    .description('Tìm đoàn viên theo tên (không dấu), CCCD, điện thoại hoặc số thẻ (search members)')
    .option('--q <text>', 'từ khóa')
    .option('--unit <code>', 'mã đơn vị (cả cây con)')
    .option('--status <status>', `trạng thái: ${[...membershipStatuses, 'all'].join(', ')}`, 'active')
    .option('--limit <n>', 'số dòng tối đa (≤ 200)', '50')
    .action(async (opts: { q?: string; unit?: string; status: string; limit: string }) => {
      await withDatabase(async (db) => {
        const query = memberListQuery.parse({
          q: opts.q,
          unit: opts.unit ? await unitIdByCode(db, opts.unit) : undefined,
          status: opts.status,
          pageSize: opts.limit,
        });
        const { items, total, totalExact } = await findMembers(await cliCtx(db), query);
        for (const m of items)
          console.log(
            [m.id, m.fullName, m.birthDate ?? '', m.unit?.code ?? '', m.status ?? '', m.cardNumber ?? ''].join('\t'),
          );
        console.error(`${items.length}/${totalExact ? '' : '>'}${total} đoàn viên (members)`);
      });
    });

  member
    .command('card-scheme')
    .description('Xem hoặc đổi mẫu số thẻ của một LĐLĐ: {FED} {YYYY} {YY} {SEQ:n} (card numbering scheme)')
    .requiredOption('--unit <code>', 'mã LĐLĐ tỉnh/thành phố, ví dụ LDLD-44')
    .option('--pattern <pattern>', 'mẫu mới, ví dụ "QT{YY}{SEQ:6}"')
    .action(async (opts: { unit: string; pattern?: string }) => {
      await withDatabase(async (db) => {
        const ctx = await cliCtx(db);
        const id = await unitIdByCode(db, opts.unit);
        const scheme = opts.pattern
          ? await setCardScheme(ctx, id, { pattern: opts.pattern })
          : await getCardScheme(ctx, id);
        console.log(`${opts.unit}: ${scheme.pattern} (số tiếp theo / next: ${scheme.example})`);
      });
    });
}
