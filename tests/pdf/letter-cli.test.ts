import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jdCase } from './demo-case';
import { readPdf, squeeze } from './read-pdf';

const dir = mkdtempSync(join(tmpdir(), 'letter-cli-'));
const casePath = join(dir, 'case.json');
writeFileSync(casePath, JSON.stringify(jdCase()));
const run = (...args: string[]) => spawnSync('npx', ['tsx', 'scripts/letter.ts', ...args], { encoding: 'utf8', cwd: join(__dirname, '..', '..') });

describe('npm run letter -- case.json out.pdf', () => {
  it('writes the letter PDF from the same components as the app', () => {
    const out = join(dir, 'letter.pdf');
    const result = run(casePath, out, '--lang', 'en', '--plan', '2');
    expect(result.status).toBe(0);
    const { flat } = readPdf(out);
    expect(flat).toContain(squeeze('Request for a repayment arrangement'));
    expect(flat).toContain(squeeze('CNY 6,000.00 (人民币陆仟元整)'));
    expect(execFileSync('pdfinfo', [out], { encoding: 'utf8' })).toMatch(/Title:\s+Request for a repayment arrangement/);
  });

  it('will not acknowledge a possibly time-barred debt without --confirm-time-barred (exit 3)', () => {
    const out = join(dir, 'barred.pdf');
    const refused = run(casePath, out, '--date', '2029-09-01');
    expect(refused.status).toBe(3);
    expect(refused.stderr).toContain('可能已过三年诉讼时效');
    expect(refused.stderr).toContain('--confirm-time-barred');
    expect(run(casePath, out, '--date', '2029-09-01', '--confirm-time-barred').status).toBe(0);
  });

  it('explains bad input and exits 2', () => {
    expect(run(casePath).status).toBe(2);
    const noPlan = run(casePath, join(dir, 'x.pdf'), '--plan', '9');
    expect(noPlan.status).toBe(2);
    expect(noPlan.stderr).toContain('The letter is to propose plan 10, but the case has 4 plan(s).');
    // A letter date outside the case's years (1980–2100) is a typing mistake: "0100-01-01" printed 100年1月1日.
    expect(run(casePath, join(dir, 'y.pdf'), '--date', '0100-01-01').status).toBe(2);
  });

  it('an output path it cannot write is the user\'s to fix, not an "internal error" (exit 2)', () => {
    // A folder that does not exist, and a directory given as the file.
    for (const [out, code] of [[join(dir, 'no-such-folder', 'x.pdf'), 'ENOENT'], [dir, 'EISDIR']] as const) {
      const result = run(casePath, out);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(`Cannot write ${out} (${code})`);
      expect(result.stderr).not.toContain('internal error');
    }
  });
});
