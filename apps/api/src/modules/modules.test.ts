import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { commonErrors, errorCatalog } from '@congdoan/domain';
import { modules } from './index';
import { jobHandler } from './jobs/job-registry';

const here = path.dirname(fileURLToPath(import.meta.url));

describe('the module list', () => {
  it('names every folder under modules/ once, each with its module.ts', () => {
    const folders = fs
      .readdirSync(here, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name)
      .sort();
    expect(modules.map((m) => m.name).sort()).toEqual(folders);
    for (const name of folders) expect(fs.existsSync(path.join(here, name, 'module.ts')), name).toBe(true);
  });

  it('builds the error catalogue: every code of the catalogue is common or declared by exactly one module', () => {
    const declared = [...Object.keys(commonErrors), ...modules.flatMap((m) => Object.keys(m.errors))];
    expect(declared.filter((code, i) => declared.indexOf(code) !== i)).toEqual([]);
    expect(declared.sort()).toEqual(Object.keys(errorCatalog).sort());
  });

  it('gives every job kind and schedule one owner', () => {
    const kinds = modules.flatMap((m) => Object.keys(m.jobs ?? {}));
    expect(kinds.filter((k, i) => kinds.indexOf(k) !== i)).toEqual([]);
    expect(kinds).toEqual(
      expect.arrayContaining(['member_import.check', 'member_import.commit', 'member.export', 'reorganization.bulk']),
    );
    // No app is built in this file: the runner finds handlers without any routes registered.
    for (const m of modules)
      for (const [kind, job] of Object.entries(m.jobs ?? {})) expect(jobHandler(kind)).toBe(job.handler);
    const schedules = modules.flatMap((m) => (m.schedules ?? []).map((s) => s.name));
    expect(schedules.sort()).toEqual([
      'audit.seal',
      'briefings.task_reminders',
      'notifications.call_reminders',
      'reorganizations.apply_due',
      'reports.dashboard_snapshots',
      'reports.reminders',
    ]);
  });
});
