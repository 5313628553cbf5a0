/**
 * Hostile input (issue 7): every malformed or hostile case file in tests/fixtures/hostile/ ends in
 * a clear message or a correct result, never a crash or a hang, through the engine (analyze, the
 * letter) and through the browser's import reader (components/case-storage.ts readCaseFile).
 * What each file must give is in tests/fixtures/hostile/expected.json (written with the files by
 * tests/hostile/write-fixtures.mjs). The very large inputs are made here, at test time.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readCaseFile } from '@/components/case-storage';
import { analyze } from '@/lib/analyze';
import { letterFileName, letterFromJson, printable, type Letter } from '@/lib/letter';
import { MAX_PAYMENTS } from '@/lib/case/schema';
import { EXPECTED, HOSTILE_DIR, HOSTILE_FILES as FILES } from './hostile-files';

/** What the browser's reader does with the bytes: TextDecoder drops a byte order mark. */
const textOf = (bytes: Buffer) => new TextDecoder().decode(bytes);
const parse = (text: string): { ok: true; json: unknown } | { ok: false } => {
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
};

/** Every string in a value, depth first (the letter's blocks, rows, labels). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const at = (json: unknown, path: string): unknown => path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], json);

/** A message a borrower can read: both languages, no leaked internals. */
function expectReadable(message: { zh: string; en: string }) {
  for (const text of [message.zh, message.en]) {
    expect(text.trim().length).toBeGreaterThan(0);
    expect(text).not.toMatch(/undefined|\[object Object\]|NaN|Infinity|at .*\.ts:\d+/);
  }
}

/** Runs analyze and requires an answer within a time limit (a hang fails here, not at the suite's timeout). */
function timedAnalyze(json: unknown, limitMs = 2000) {
  const started = performance.now();
  const result = analyze(json);
  const ms = performance.now() - started;
  expect(ms, `analyze took ${ms.toFixed(0)} ms`).toBeLessThan(limitMs);
  return result;
}

function expectLetters(json: unknown, report: Parameters<typeof letterFromJson>[1]): Letter[] {
  const letters: Letter[] = [];
  for (const language of ['zh', 'en'] as const) {
    const result = letterFromJson(json, report, { language });
    if (result.ok) letters.push(result.letter);
    else expectReadable(result.message);
  }
  return letters;
}

describe('hostile case files', () => {
  it('there are at least 50 of them, each with an expected outcome', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(50);
    expect(Object.keys(EXPECTED).sort()).toEqual(FILES);
  });

  describe.each(FILES)('%s', (file) => {
    const expected = EXPECTED[file]!;
    const bytes = readFileSync(HOSTILE_DIR + file);

    it(`the engine ends in ${expected.outcome === 'ok' ? 'a correct result' : 'a clear message'}`, () => {
      const parsed = parse(textOf(bytes));
      if (expected.outcome === 'not-json') {
        expect(parsed.ok).toBe(false);
        return;
      }
      expect(parsed.ok).toBe(true);
      if (!parsed.ok) return;
      const result = timedAnalyze(parsed.json);
      if (expected.outcome === 'errors') {
        expect(result.ok).toBe(false);
        if (result.ok) return;
        const paths = result.errors.map((e) => e.path);
        for (const p of expected.paths ?? []) expect(paths.some((q) => q === p || (p !== '' && q.startsWith(`${p}.`))), `${p} in ${paths.join(', ')}`).toBe(true);
        result.errors.forEach((e) => expectReadable(e.message));
        return;
      }
      expect(result.ok, JSON.stringify(!result.ok && result.errors)).toBe(true);
      if (!result.ok) return;
      const report = JSON.stringify(result.report);
      expect(report).not.toMatch(/NaN|Infinity|undefined/);
      const letters = expectLetters(parsed.json, result.report);
      for (const [path, text] of Object.entries(expected.text ?? {})) {
        expect(at(parsed.json, path)).toBe(text);
        expect(letters.length).toBeGreaterThan(0);
        // Verbatim, as data: the preview (React) and the PDF print strings, never markup. Only the
        // invisible bidi controls are dropped (lib/letter/printable.ts): "\u202Egnp.exe\u202C" reads "gnp.exe".
        const printed = printable(text, []);
        expect(printed).toBe(text.replace(/[\u202a-\u202e\u2066-\u2069]/g, ''));
        for (const letter of letters) expect(strings(letter).some((s) => s.includes(printed)), `${path} in the ${letter.language} letter`).toBe(true);
      }
    });

    it('the browser import reads it or refuses it with a reason', async () => {
      const outcome = await readCaseFile(new Blob([bytes]));
      const wholeFile = expected.browser === 'not-a-case' || (expected.outcome === 'errors' && (expected.paths ?? []).some((p) => p === '' || p === 'format'));
      if (expected.browser === 'not-utf8') expect(outcome).toMatchObject({ ok: false, reason: 'not-utf8' });
      else if (expected.outcome === 'not-json') expect(outcome).toMatchObject({ ok: false, reason: 'not-json' });
      else if (wholeFile) expect(outcome).toMatchObject({ ok: false, reason: 'not-a-case' });
      else expect(outcome.ok).toBe(true);
      if (!outcome.ok && outcome.detail) expectReadable(outcome.detail);
    });
  });

  it('a prototype-polluting file pollutes nothing', () => {
    const json = JSON.parse(readFileSync(`${HOSTILE_DIR}proto-pollution.json`, 'utf8')) as unknown;
    const result = analyze(json);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });
});

describe('very large inputs, made at test time', () => {
  const valid = () => JSON.parse(readFileSync(`${HOSTILE_DIR}extra-fields.json`, 'utf8')) as Record<string, unknown>;
  const payments = (n: number) =>
    Array.from({ length: n }, (_, i) => ({ date: `2025-0${2 + (i % 7)}-${String(1 + (i % 28)).padStart(2, '0')}`, amount: '0.01' }));

  it(`10,000 payments: refused with "at most ${MAX_PAYMENTS}" in both languages, quickly`, () => {
    const result = timedAnalyze({ ...valid(), payments: payments(10_000) }, 3000);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const tooMany = result.errors.find((e) => e.path === 'payments');
    expect(tooMany?.message.zh).toContain(String(MAX_PAYMENTS));
    expect(tooMany?.message.en).toContain(String(MAX_PAYMENTS));
  });

  it(`${MAX_PAYMENTS} payments, the most allowed: a correct result in time`, () => {
    const result = timedAnalyze({ ...valid(), payments: payments(MAX_PAYMENTS) }, 5000);
    expect(result.ok).toBe(true);
  });

  it('10,000 payments: refused by the browser reader before the form would draw 10,000 rows', async () => {
    const outcome = await readCaseFile(new Blob([JSON.stringify({ ...valid(), payments: payments(10_000) })]));
    expect(outcome).toMatchObject({ ok: false, reason: 'not-a-case', detail: { en: '"payments" has 10000 entries; at most 3000 are allowed.' } });
  });

  it('a 50 MB file is refused by the browser reader before it is read', async () => {
    const big = new Blob([`{"format":"repayment-case/1","lender":{"name":"${'A'.repeat(50 * 1024 * 1024)}"}}`]);
    const started = performance.now();
    expect(await readCaseFile(big)).toEqual({ ok: false, reason: 'too-big' });
    expect(performance.now() - started).toBeLessThan(100);
  });

  it('a 50 MB lender name that reaches the engine anyway is a field error, not a hang', () => {
    const result = timedAnalyze({ ...valid(), lender: { name: 'A'.repeat(50 * 1024 * 1024), kind: 'licensed' } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.map((e) => e.path)).toContain('lender.name');
  });
});

describe('names that would disguise the saved letter', () => {
  it('bidirectional controls are dropped from the letter file name', () => {
    expect(letterFileName('\u202Egnp.exe\u202C 贷款', '2025-09-01')).toBe('协商还款申请-_gnp.exe_ 贷款-2025-09-01.pdf');
    expect(letterFileName('A\u2066B\u2069C\u200F', '2025-09-01')).toBe('协商还款申请-A_B_C_-2025-09-01.pdf');
  });
});
