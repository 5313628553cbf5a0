// @vitest-environment happy-dom
/**
 * The stage note (LAW.md §8): what usually happens at this stage, where to complain, the credit
 * record. Its paragraphs come with the engine (lib/guidance/stage-note.ts), as in the app.
 */
import { readFileSync } from 'node:fs';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadEngine } from '@/components/engine';
import { StageNote } from '@/components/stage-note';
import { analyze } from '@/lib/analyze';
import type { Report } from '@/lib/report/types';
import { renderInForm, textOf } from './harness';

function reportOf(raw: unknown): Report {
  const r = analyze(raw);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.report;
}

const jd = JSON.parse(readFileSync('tests/fixtures/cases/jd-jintiao-equal-payment.json', 'utf8')) as Record<string, unknown>;
const jdReport = reportOf(jd);

beforeAll(async () => {
  await loadEngine();
});
afterEach(cleanup);

describe('the stage note', () => {
  it('explains the overdue stage and cites the credit-record rules', () => {
    renderInForm(<StageNote report={jdReport} />, { lang: 'en' });
    const text = textOf(document.body);
    expect(text).toContain('1 to 6 months · 78 days overdue');
    expect(text).toContain('12378');
    expect(text).toMatch(/Credit Reporting Industry, Arts?\. 16, 17/);
  });

  it('sends a private lender’s borrower to the police, not to the financial complaint lines', () => {
    // A person answers to neither 12378 nor the other financial lines (evidence-flags.ts, NOT_LICENSED).
    const report = reportOf({ ...jd, lender: { name: '王某', kind: 'private' } });
    expect(report.stage).not.toBe('current');
    renderInForm(<StageNote report={report} />, { lang: 'en' });
    const text = textOf(document.body);
    expect(text).toContain('The lender is not a licensed institution, so the financial complaint lines such as 12378 do not hear it');
    expect(text).toContain('call the police on 110');
    expect(text).not.toContain('consumer line 12315');
  });

});
