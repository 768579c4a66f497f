import { describe, expect, it } from 'vitest';
import { createProgress } from './progress';

const clock = () => {
  let t = 0;
  return { now: () => t, advance: (ms: number) => (t += ms) };
};

describe('progress bar', () => {
  it('without a terminal prints one line per finished phase', () => {
    const lines: string[] = [];
    const c = clock();
    const p = createProgress({ isTTY: false, write: (s) => lines.push(s) }, c.now);
    p.start('persons', 1000);
    p.tick(500);
    c.advance(1000);
    p.tick(500);
    p.start('index persons_sort');
    c.advance(2000);
    p.end();
    expect(lines).toEqual(['persons: 1,000 rows in 1.0 s (1,000 rows/s)\n', 'index persons_sort: 2.0 s\n']);
    expect(p.phases().map((x) => [x.phase, x.rows, x.seconds])).toEqual([
      ['persons', 1000, 1],
      ['index persons_sort', 0, 2],
    ]);
  });

  it('on a terminal redraws one line with %, rate and ETA', () => {
    const out: string[] = [];
    const c = clock();
    const p = createProgress({ isTTY: true, write: (s) => out.push(s) }, c.now);
    p.start('persons', 1000);
    c.advance(1000);
    p.tick(250);
    const line = out.at(-1)!;
    expect(line.startsWith('\r')).toBe(true);
    expect(line).toContain(' 25% ');
    expect(line).toContain('250 rows/s');
    expect(line).toContain('ETA 3s');
    p.end();
    expect(out.at(-1)!.endsWith('\n')).toBe(true);
  });
});
