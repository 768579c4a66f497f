// The benchmark table: metric, target, measured, PASS/FAIL; printed as Markdown for bench/RESULTS.md.
import { spawn } from 'node:child_process';

export type Row = { metric: string; target: string; measured: string; result: '' | 'PASS' | 'FAIL'; value?: number };

export const check = (ok: boolean): Row['result'] => (ok ? 'PASS' : 'FAIL');

export function printTable(title: string, rows: Row[]) {
  console.log(`\n### ${title}\n`);
  console.log('| metric | target | measured | result |\n|---|---|---|---|');
  for (const r of rows)
    console.log(`| ${r.metric} | ${r.target} | ${r.measured} | ${r.result === 'FAIL' ? '**FAIL**' : r.result} |`);
}

/** Embedded ÷ server for each latency metric both runs measured (target ≤ 2×). */
export function compareRows(server: Row[], embedded: Row[]): Row[] {
  const out: Row[] = [];
  for (const e of embedded) {
    const s = server.find((r) => r.metric === e.metric);
    if (e.value === undefined || s?.value === undefined || s.value <= 0) continue;
    const ratio = e.value / s.value;
    out.push({
      metric: e.metric,
      target: '≤ 2×',
      measured: `${ratio.toFixed(2)}×`,
      result: check(ratio <= 2),
      value: ratio,
    });
  }
  return out;
}

/**
 * Run one of the stand-alone benchmarks (bench/member-import.ts, bench/flash-registration.ts) and take
 * the rows of the Markdown table it prints, prefixed with its name.
 */
export async function runSubBench(
  script: string,
  prefix: string,
  env: Record<string, string>,
  args: string[] = [],
): Promise<Row[]> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    env: { ...(process.env as Record<string, string>), ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => {
    out += d.toString();
    process.stdout.write(d);
  });
  await new Promise((r) => child.once('exit', r));
  const rows: Row[] = [];
  let section = ''; // a "### title" before a table (mixed-load prints one per process count)
  for (const line of out.split('\n')) {
    if (line.startsWith('### ')) section = ` (${line.slice(4).trim()})`;
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length < 6 || cells[1] === 'metric' || cells[1]!.startsWith('---')) continue;
    const result = cells[4]!.replace(/\*/g, '') as Row['result'];
    rows.push({ metric: `${prefix}${section}: ${cells[1]}`, target: cells[2]!, measured: cells[3]!, result });
  }
  if (rows.length === 0) rows.push({ metric: prefix, target: 'runs', measured: 'no table printed', result: 'FAIL' });
  return rows;
}
