import type { Command } from 'commander';
import { refreshIndicatorSnapshots } from '@congdoan/api';
import { CliExit } from '../exit';
import { withDatabase } from '../runtime';

// The dashboards' snapshots (reports/dashboards/): the nightly schedule refreshes two quarters; this
// command backfills more, e.g. after a bulk load or a seeder run.
export function indicatorsCommand(program: Command) {
  const indicators = program.command('indicators').description('Số liệu chỉ tiêu cho bảng điều khiển (dashboards)');
  indicators
    .command('refresh')
    .description('Tính lại số liệu các quý gần nhất cho mọi đơn vị (recompute the last N quarters for every unit)')
    .option('--quarters <n>', 'số quý, tính cả quý hiện tại (quarters, the current one included)', '2')
    .action(async (options: { quarters: string }) => {
      const quarters = Number(options.quarters);
      if (!Number.isInteger(quarters) || quarters < 1 || quarters > 80) {
        console.error('--quarters phải là số nguyên từ 1 đến 80. (--quarters must be a whole number from 1 to 80)');
        throw new CliExit(2);
      }
      const started = Date.now();
      const done = await withDatabase((db) => refreshIndicatorSnapshots(db.pool, quarters));
      console.log(
        `Đã tính ${done.periods} kỳ, ${done.rows} số liệu trong ${((Date.now() - started) / 1000).toFixed(1)} s. (refreshed)`,
      );
    });
}
