// Browser suite entry: find Debian's Chromium, then run the specs with vitest.
// Locally without Chromium it says so loudly and skips; under CI=true that is a failure.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { chromiumPath } from './chromium';

const executable = chromiumPath();
if (!executable) {
  const banner = '!'.repeat(78);
  const message = [
    banner,
    '!!  BROWSER TESTS SKIPPED: Chromium not found (/usr/bin/chromium or CHROMIUM_PATH).',
    '!!  Install it with: apt-get install -y chromium',
    banner,
  ].join('\n');
  if (process.env.CI === 'true') {
    console.error(message.replace('SKIPPED', 'FAILED (CI=true requires Chromium)'));
    process.exit(1);
  }
  console.warn(message);
  process.exit(0);
}
fs.mkdirSync('e2e/screenshots', { recursive: true });
const result = spawnSync(
  process.execPath,
  [
    'node_modules/vitest/vitest.mjs',
    'run',
    '--config',
    'e2e/vitest.config.ts',
    '--reporter=default',
    '--reporter=json',
    '--outputFile.json=.test-data/results-e2e.json',
  ],
  {
    stdio: 'inherit',
  },
);
process.exit(result.status ?? 1);
