/**
 * The hostile case files through the CLI (scripts/analyze.ts): field errors as JSON on stdout and
 * a readable list on stderr with exit code 2, reports with exit code 0, never a stack trace; a
 * file over 2 MB is refused before it is read. Batched (the CLI takes many files) to keep the
 * number of tsx start-ups, about a second each, to four.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { EXPECTED, HOSTILE_DIR } from './hostile-files';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TMP = mkdtempSync(join(tmpdir(), 'hostile-cli-'));
afterAll(() => rmSync(TMP, { recursive: true, force: true }));

interface Run { readonly code: number | null; readonly stdout: string; readonly stderr: string }

function cli(files: ReadonlyArray<string>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/analyze.ts', ...files], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

const names = (outcome: string, filter: (e: (typeof EXPECTED)[string]) => boolean = () => true) =>
  Object.entries(EXPECTED).filter(([, e]) => e.outcome === outcome && filter(e)).map(([name]) => name).sort();
const noStackTrace = (run: Run) => {
  expect(run.stderr).not.toMatch(/internal error|\n\s+at .+:\d+:\d+/);
  expect(run.stdout).not.toMatch(/\n\s+at .+:\d+:\d+/);
};

describe('hostile case files through the CLI', () => {
  // Started together: each waits on its own tsx start-up.
  const invalid = names('errors');
  const valid = names('ok');
  const big = join(TMP, 'fifty-megabytes.json');
  writeFileSync(big, `{"format":"repayment-case/1","lender":{"name":"${'A'.repeat(50 * 1024 * 1024)}"}}`);
  const runs = {
    invalid: cli(invalid.map((f) => HOSTILE_DIR + f)),
    valid: cli(valid.map((f) => HOSTILE_DIR + f)),
    notJson: cli([`${HOSTILE_DIR}truncated.json`]),
    big: cli([big]),
  };

  it(`${invalid.length} invalid files: every one has its field errors, exit code 2, no stack trace`, async () => {
    const run = await runs.invalid;
    noStackTrace(run);
    expect(run.code).toBe(2);
    const { errors } = JSON.parse(run.stdout) as { errors: Array<{ path: string; file: number; message: { zh: string; en: string } }> };
    const failing = new Set(errors.map((e) => e.file));
    invalid.forEach((name, i) => expect(failing.has(i), name).toBe(true));
    for (const e of errors) expect(e.message.zh && e.message.en).toBeTruthy();
    expect(run.stderr).toContain(invalid[0]);
  });

  it(`${valid.length} valid but odd files (markup in names, absurd amounts, a byte order mark): a report each, exit code 0`, async () => {
    const run = await runs.valid;
    noStackTrace(run);
    expect(run.code, run.stderr).toBe(0);
    const reports = JSON.parse(run.stdout) as Array<{ format: string }>;
    expect(reports).toHaveLength(valid.length);
    for (const r of reports) expect(r.format).toBe('repayment-report/1');
  });

  it('a file that is not JSON: a message in both languages, exit code 2', async () => {
    const run = await runs.notJson;
    noStackTrace(run);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('不是有效的 JSON 文件');
    expect(run.stderr).toContain('not a valid JSON file');
  });

  it('a 50 MB file is refused as too large, in both languages, exit code 2', async () => {
    const run = await runs.big;
    noStackTrace(run);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('文件过大');
    expect(run.stderr).toContain('too large');
  });
});
