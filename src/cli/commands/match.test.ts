import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const FIXTURE = 'test/fixtures/matching-dev';
const OPPORTUNITIES = join(FIXTURE, 'opportunities.json');
const ORGANISATIONS = join(FIXTURE, 'organisations.json');

function ctb(...args: string[]) {
  return spawnSync(process.execPath, ['bin/ctb.mjs', 'match', ...args], { encoding: 'utf8' });
}

interface Output {
  results: { opportunityId: string; matches: { organisationId: string; score: number; explanation: string }[] }[];
}

describe('ctb match', () => {
  it('prints one JSON document with every opportunity, matches best first', () => {
    const run = ctb('--opportunities', OPPORTUNITIES, '--organisations', ORGANISATIONS, '--top', '5');
    expect(run.status).toBe(0);
    const output = JSON.parse(run.stdout) as Output;
    expect(output.results).toHaveLength(40);
    expect(new Set(output.results.map((r) => r.opportunityId)).size).toBe(40);
    for (const result of output.results) {
      expect(result.matches.length).toBeGreaterThan(0);
      expect(result.matches.length).toBeLessThanOrEqual(5);
      const scores = result.matches.map((m) => m.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      for (const m of result.matches) {
        expect(m.score).toBeGreaterThanOrEqual(0);
        expect(m.score).toBeLessThanOrEqual(1);
        expect(m.explanation).toMatch(/^Shared concepts: /);
      }
    }
    expect(run.stderr).toContain('ctb match:');
  });

  it('defaults to 10 matches and explains in the requested language', () => {
    const run = ctb('--opportunities', OPPORTUNITIES, '--organisations', ORGANISATIONS, '--lang', 'nl');
    const output = JSON.parse(run.stdout) as Output;
    expect(Math.max(...output.results.map((r) => r.matches.length))).toBe(10);
    expect(output.results[0]?.matches[0]?.explanation).toMatch(/^Gedeelde concepten: /);
  });

  it('exits 1 naming the file, item and field of bad input', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ctb-match-'));
    const bad = join(dir, 'opps.json');
    writeFileSync(
      bad,
      JSON.stringify([
        { id: 'a', title: 'A', description: 'd' },
        { id: 'b', title: 'B' },
      ]),
    );
    const run = ctb('--opportunities', bad, '--organisations', ORGANISATIONS);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`${bad}: item 1: field "description"`);

    const broken = join(dir, 'orgs.json');
    writeFileSync(broken, '{"not": "closed"');
    const second = ctb('--opportunities', OPPORTUNITIES, '--organisations', broken);
    expect(second.status).toBe(1);
    expect(second.stderr).toContain(`${broken}: invalid JSON`);

    const missing = ctb('--opportunities', join(dir, 'nope.json'), '--organisations', ORGANISATIONS);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('nope.json: cannot read');
  });
});
