import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateSchedule } from '../../core/scheduling/index';
import type { SchedulingEvent } from '../../core/scheduling/index';

const root = new URL('../../../', import.meta.url).pathname;
const fixture = join(root, 'test/fixtures/sched-dev/dev-small.json');
const ctb = (...args: string[]) => spawnSync('node', ['bin/ctb.mjs', ...args], { cwd: root, encoding: 'utf8' });

describe('ctb schedule', () => {
  it('prints a valid schedule file on stdout and its progress on stderr', () => {
    const run = ctb('schedule', fixture, '--time-limit', '5');
    expect(run.status).toBe(0);
    const event = JSON.parse(readFileSync(fixture, 'utf8')) as SchedulingEvent;
    const schedule = JSON.parse(run.stdout) as { weight: number; upperBound: number; optimal: boolean };
    expect(validateSchedule(event, schedule)).toEqual([]);
    expect(Object.keys(schedule).sort()).toEqual(['meetings', 'optimal', 'unscheduled', 'upperBound', 'weight']);
    expect(schedule.weight).toBeLessThanOrEqual(schedule.upperBound);
    expect(run.stderr).toMatch(/schedule: .*upper bound/);
  });

  it('exits 1 naming what is wrong and where in a bad event file', () => {
    const event = JSON.parse(readFileSync(fixture, 'utf8')) as SchedulingEvent;
    event.requests[12]!.participants[1] = 'p999';
    const path = join(mkdtempSync(join(tmpdir(), 'ctb-schedule-')), 'bad.json');
    writeFileSync(path, JSON.stringify(event));
    const run = ctb('schedule', path);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('requests[12].participants[1]: unknown participant "p999"');
  });

  it('exits 1 on a file that is not JSON or does not exist', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'ctb-schedule-')), 'broken.json');
    writeFileSync(path, '{"slots": [');
    expect(ctb('schedule', path)).toMatchObject({ status: 1, stderr: expect.stringContaining('is not valid JSON') });
    expect(ctb('schedule', join(root, 'no-such-event.json'))).toMatchObject({
      status: 1,
      stderr: expect.stringContaining('cannot read'),
    });
  });

  it('rejects a time limit that is not a positive number', () => {
    const run = ctb('schedule', fixture, '--time-limit', 'soon');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('positive number of seconds');
  });
});
