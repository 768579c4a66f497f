// A progress bar on stderr for long loads: phase, %, rows/s and ETA, redrawn in place on a
// terminal; without a terminal (logs, CI) one line per finished phase, so logs stay short.
import { performance } from 'node:perf_hooks';

export type PhaseTime = { phase: string; rows: number; unit: string; seconds: number };

export type Progress = {
  /** Start a phase; `total` enables % and ETA; `unit` is what is counted (rows, bytes). Ends the previous phase. */
  start: (phase: string, total?: number, unit?: string) => void;
  /** Count rows done in the current phase. */
  tick: (rows: number) => void;
  /** End the current phase (prints its line). */
  end: () => void;
  /** Every finished phase with its rows and duration. */
  phases: () => PhaseTime[];
};

const fmt = new Intl.NumberFormat('en-US');

function duration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  return s >= 60 ? `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

export function createProgress(
  out: { isTTY?: boolean; write: (s: string) => unknown } = process.stderr,
  now: () => number = () => performance.now(),
): Progress {
  const done: PhaseTime[] = [];
  let current: { phase: string; total?: number; unit: string; rows: number; t0: number; drawn: number } | null = null;

  const draw = (final: boolean) => {
    if (!current) return;
    const elapsed = (now() - current.t0) / 1000;
    const rate = elapsed > 0 ? current.rows / elapsed : 0;
    if (!out.isTTY) {
      if (final)
        out.write(
          `${current.phase}: ` +
            (current.rows > 0 ? `${fmt.format(current.rows)} ${current.unit} in ` : '') +
            `${elapsed.toFixed(1)} s` +
            (current.rows > 0 && elapsed > 0 ? ` (${fmt.format(Math.round(rate))} ${current.unit}/s)` : '') +
            '\n',
        );
      return;
    }
    let line = `${current.phase.padEnd(18)} `;
    if (current.total) {
      const share = Math.min(1, current.rows / current.total);
      const width = 24;
      const filled = Math.round(share * width);
      const eta = rate > 0 ? (current.total - current.rows) / rate : Infinity;
      line += `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${(share * 100).toFixed(0).padStart(3)}% `;
      line += `${fmt.format(current.rows)}/${fmt.format(current.total)} ${fmt.format(Math.round(rate))} ${current.unit}/s `;
      line += final ? duration(elapsed) : `ETA ${duration(eta)}`;
    } else {
      line += `${fmt.format(current.rows)} ${current.unit} ${duration(elapsed)}`;
    }
    out.write(`\r${line}\x1b[K${final ? '\n' : ''}`);
  };

  const end = () => {
    if (!current) return;
    draw(true);
    done.push({ phase: current.phase, rows: current.rows, unit: current.unit, seconds: (now() - current.t0) / 1000 });
    current = null;
  };

  return {
    start(phase, total, unit = 'rows') {
      end();
      current = { phase, total, unit, rows: 0, t0: now(), drawn: 0 };
      draw(false);
    },
    tick(rows) {
      if (!current) return;
      current.rows += rows;
      const t = now();
      if (t - current.drawn > 250) {
        current.drawn = t;
        draw(false);
      }
    },
    end,
    phases: () => [...done],
  };
}
