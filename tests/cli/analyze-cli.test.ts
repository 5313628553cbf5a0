/**
 * The CLI (scripts/analyze.ts, case-format.md "Errors"): a report on stdout and exit 0 for good
 * input; for bad input the field errors as JSON on stdout, a readable list on stderr and exit 2,
 * never a stack trace. Every spawn is queued up front and they run in parallel, one per CPU (each
 * takes about a second to start tsx); the tests then read their results.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../fixtures/cases/jd-jintiao-equal-payment.json', import.meta.url));
const FIXTURE_2 = fileURLToPath(new URL('../fixtures/cases/private-2020.json', import.meta.url));

interface Run { readonly code: number | null; readonly stdout: string; readonly stderr: string }

/** At most one spawn per CPU at a time: more only makes every run slower. */
const SLOTS = Math.max(2, availableParallelism());
let active = 0;
const waiting: Array<() => void> = [];
async function run(args: ReadonlyArray<string>): Promise<Run> {
  if (active >= SLOTS) await new Promise<void>((go) => waiting.push(go));
  active++;
  try {
    return await spawnCli(args);
  } finally {
    active--;
    waiting.shift()?.();
  }
}

function spawnCli(args: ReadonlyArray<string>): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'scripts/analyze.ts', ...args], { cwd: ROOT, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
    child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** npm may print its own configuration notices on stderr; they are not the CLI's output. */
const cliLines = (stderr: string) => stderr.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('npm warn'));
/** A stack trace line ("    at fn (file:line:col)"): a user's mistake must never show one. */
const hasStackTrace = (stderr: string) => cliLines(stderr).some((l) => /^\s*at\s/.test(l));

const loanCase = (name: string, principal: string, termMonths: number, rate: string) => ({
  format: 'repayment-case/1', asOf: '2025-01-10',
  lender: { name, kind: 'licensed' },
  loan: { principal, startDate: '2025-01-10', termMonths, rate: { value: rate, per: 'year' }, method: 'equal-payment' },
  payments: [],
});

let dir = '';
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
let runs: Record<string, Promise<Run>> = {};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'analyze-cli-'));
  const invalid = file('invalid.json', JSON.stringify({ ...loanCase('X', '12000.00', 12, '12'), asOf: '2025-02-30', loan: { ...loanCase('X', '12000.00', 12, '12').loan, principal: 12000 } }));
  // Lent after the as-of date and after its one payment: one conflict, seen from three fields.
  const startLate = file('start-late.json', JSON.stringify({ ...loanCase('X', '12000.00', 12, '12'), loan: { ...loanCase('X', '12000.00', 12, '12').loan, startDate: '2026-12-01' }, payments: [{ date: '2025-02-15', amount: '100.00' }] }));
  const notJson = file('not-json.json', '{ "format": "repayment-case/1", ');
  // A valid case padded with whitespace past 2 MB: refused for its size before it is parsed.
  const huge = file('huge.json', JSON.stringify(loanCase('X', '12000.00', 12, '12')) + ' '.repeat(2 * 1024 * 1024 + 1));
  const a = file('a.json', JSON.stringify(loanCase('A银行', '10000.00', 12, '12')));
  const b = file('b.json', JSON.stringify(loanCase('B消金', '6000.00', 12, '0')));
  const c = file('c.json', JSON.stringify(loanCase('C小贷', '1200.00', 24, '0')));
  const budget = file('budget.json', JSON.stringify({ income: '8000', essentials: '5300', otherDebts: '1000', savings: '300' }));
  const badBudget = file('bad-budget.json', JSON.stringify({ income: 8000, essentials: '5300' }));
  runs = {
    fixture: run([FIXTURE]),
    invalid: run([invalid]),
    startLate: run([startLate]),
    missing: run([join(dir, 'no-such-file.json')]),
    notJson: run([notJson]),
    huge: run([huge]),
    two: run([FIXTURE, FIXTURE_2]),
    twoOneInvalid: run([FIXTURE, invalid]),
    portfolio: run([a, b, c, '--budget', budget]),
    portfolioFloor0: run([a, b, c, '--budget', budget, '--floor', '0']),
    badBudget: run([a, b, '--budget', badBudget]),
    badFloor: run([a, b, '--budget', budget, '--floor', 'abc']),
    negativeFloor: run([a, b, '--budget', budget, '--floor', '-5']),
    floorNoValue: run([a, b, '--budget', budget, '--floor']),
    floorNoBudget: run([a, b, '--floor', '100']),
    noArgs: run([]),
    unknownOption: run([FIXTURE, '--frobnicate']),
  };
});

afterAll(async () => {
  await Promise.allSettled(Object.values(runs));
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('analyze CLI', () => {
  it('a fixture: exit 0 and the report as JSON (repayment-report/1, the fixture\'s payoff 8,848.28)', async () => {
    const r = await runs.fixture!;
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.format).toBe('repayment-report/1');
    expect(report.asOf).toBe('2025-09-01');
    expect(report.statement.payoff).toBe('8848.28');
    expect(report.caps.supported.payoff).toBe('8781.65');
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('an invalid case: exit 2, { errors } as JSON on stdout naming each field, readable lines on stderr, no stack trace', async () => {
    const r = await runs.invalid!;
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout);
    const paths = out.errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(['asOf', 'loan.principal']));
    for (const e of out.errors) {
      expect(typeof e.message.zh).toBe('string');
      expect(typeof e.message.en).toBe('string');
    }
    const lines = cliLines(r.stderr);
    expect(lines.length).toBeGreaterThanOrEqual(2 * out.errors.length);
    for (const e of out.errors) expect(r.stderr).toContain(e.message.en);
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('a start date after the as-of date: the start date is named first, then the dates it conflicts with, each as { path, message }', async () => {
    const r = await runs.startLate!;
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout);
    expect(out.errors).toEqual([
      { path: 'loan.startDate', message: { zh: '放款日（loan.startDate）不能晚于计算截止日（2025-01-10）', en: 'Start date (loan.startDate) cannot be after the as-of date (2025-01-10)' } },
      { path: 'asOf', message: { zh: '计算截止日（asOf）不能早于放款日', en: 'As-of date (asOf) cannot be before the loan start date' } },
      { path: 'payments.0.date', message: { zh: '第 1 条 还款日期（payments.0.date）不能早于放款日', en: 'Payment date #1 (payments.0.date) cannot be before the loan start date' } },
    ]);
    expect(cliLines(r.stderr)[0]).toBe('- 放款日（loan.startDate）不能晚于计算截止日（2025-01-10）');
  });

  it('a missing file: exit 2 with a message naming it, nothing on stdout', async () => {
    const r = await runs.missing!;
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('cannot read the file');
    expect(r.stderr).toContain('no-such-file.json');
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('a file that is not JSON: exit 2, "not a valid JSON file"', async () => {
    const r = await runs.notJson!;
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('not a valid JSON file');
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('a file over 2 MB: exit 2, "too large", refused before it is parsed', async () => {
    const r = await runs.huge!;
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('too large');
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('two files: a JSON array of two reports, in order', async () => {
    const r = await runs.two!;
    expect(r.code).toBe(0);
    const reports = JSON.parse(r.stdout);
    expect(Array.isArray(reports)).toBe(true);
    expect(reports).toHaveLength(2);
    expect(reports.map((x: { format: string }) => x.format)).toEqual(['repayment-report/1', 'repayment-report/1']);
    expect(reports[0].statement.payoff).toBe('8848.28');
    expect(reports[1].statement.payoff).toBe('73573.97'); // LAW.md §7 check figure
  });

  it('two files, one invalid: exit 2 and the errors say which file', async () => {
    const r = await runs.twoOneInvalid!;
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout);
    expect(out.errors.length).toBeGreaterThan(0);
    expect(out.errors.every((e: { file: number }) => e.file === 1)).toBe(true);
    expect(r.stderr).toContain('invalid.json');
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('several cases with --budget: repayment-portfolio/1, shares summing exactly to the surplus (1,023.83 + 576.17 + 100.00 = 1,700.00)', async () => {
    // Worked in tests/worked/plans-portfolio.test.ts: surplus 8,000 − 5,300 − 1,000 = 1,700; C lifted to the ¥100 floor.
    const r = await runs.portfolio!;
    expect(r.code).toBe(0);
    const p = JSON.parse(r.stdout);
    expect(p.format).toBe('repayment-portfolio/1');
    expect(p.budget.surplus).toBe('1700.00');
    expect(p.floor).toBe('100.00');
    const shares = p.shares.map((s: { surplus: string }) => s.surplus);
    expect(shares).toEqual(['1023.83', '576.17', '100.00']);
    const fen = shares.reduce((t: number, s: string) => t + Math.round(Number(s) * 100), 0);
    expect(fen).toBe(170000);
    expect(p.reports).toHaveLength(3);
  });

  it('--floor 0: the plain pro-rata split 1,050.01 / 590.90 / 59.09', async () => {
    const r = await runs.portfolioFloor0!;
    expect(r.code).toBe(0);
    const p = JSON.parse(r.stdout);
    expect(p.floor).toBe('0.00');
    expect(p.shares.map((s: { surplus: string }) => s.surplus)).toEqual(['1050.01', '590.90', '59.09']);
  });

  it('an invalid budget: exit 2, the error names budget.income and the budget file', async () => {
    const r = await runs.badBudget!;
    expect(r.code).toBe(2);
    const out = JSON.parse(r.stdout);
    expect(out.errors).toEqual(expect.arrayContaining([expect.objectContaining({ path: 'budget.income', file: 'budget' })]));
    expect(r.stderr).toContain('[budget]');
    expect(hasStackTrace(r.stderr)).toBe(false);
  });

  it('a bad --floor ("abc", "-5", or missing): exit 2 with a message, no report', async () => {
    for (const key of ['badFloor', 'negativeFloor'] as const) {
      const r = await runs[key]!;
      expect(r.code, key).toBe(2);
      expect(r.stdout, key).toBe('');
      expect(r.stderr, key).toContain('--floor');
      expect(hasStackTrace(r.stderr), key).toBe(false);
    }
    const r = await runs.floorNoValue!;
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('usage');
  });

  it('--floor without --budget: exit 2 saying it needs one, rather than two reports with the floor dropped', async () => {
    const r = await runs.floorNoBudget!;
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--floor works only with --budget');
    expect(r.stderr).toContain('--floor 只能与 --budget 一起使用');
  });

  it('no arguments or an unknown option: exit 2 with the usage', async () => {
    for (const key of ['noArgs', 'unknownOption'] as const) {
      const r = await runs[key]!;
      expect(r.code, key).toBe(2);
      expect(r.stderr, key).toContain('usage');
    }
  });
});
