// @vitest-environment happy-dom
/**
 * The guide's time-limit box: folded to one calm line when the case is far from the three years,
 * open when they are near, open and red when the debt may be time-barred (a review found it
 * alarming on a debt 95 days overdue).
 */
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { GuideTimeBarred } from '@/components/guide-time-barred';
import { LangProvider } from '@/components/language';
import { analyze } from '@/lib/analyze';
import { nearTimeBar } from '@/lib/guidance/limitation-near';
import type { Report } from '@/lib/report/types';

afterEach(cleanup);

/** A bullet loan of 5,000 due 2025-03-01, unpaid: the three years run out on 2028-03-01 (addMonths 36). */
const caseOn = (asOf: string, extra: Record<string, unknown> = {}) => ({
  format: 'repayment-case/1', asOf, lender: { name: '某小贷公司', kind: 'licensed' },
  loan: { principal: '5000.00', startDate: '2025-02-01', firstDueDate: '2025-03-01', termMonths: 1, rate: { value: '18', per: 'year' }, method: 'bullet' },
  ...extra,
});
const reportOf = (raw: unknown): Report => {
  const r = analyze(raw);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.report;
};
const box = (draft?: Record<string, unknown>) => {
  render(<LangProvider value="zh"><GuideTimeBarred always {...(draft && { report: reportOf(draft), draft })} /></LangProvider>);
  return screen.getByTestId('time-barred');
};

describe('the time-limit box in the guide', () => {
  it('95 days overdue: one calm line, the explanation folded under it, closed', () => {
    // Due 2025-03-01; 2025-06-04 is day 95 (30 + 30 + 31 + 4).
    const draft = caseOn('2025-06-04');
    expect(reportOf(draft).statement.daysOverdue).toBe(95);
    const el = box(draft);
    expect(el.tagName).toBe('DETAILS');
    expect((el as HTMLDetailsElement).open).toBe(false);
    expect(el.getAttribute('data-state')).toBe('calm');
    expect(el.querySelector('summary')!.textContent).toBe('按你填写的信息，这笔债务没有超过三年诉讼时效。');
    expect(el.querySelector('.fold-body')!.textContent).toContain('诉讼时效是出借人通过法院要求还款的期限');
    expect(el.getAttribute('role')).toBeNull();
  });

  it('no case yet: folded too, its line saying what the box is about', () => {
    const el = box();
    expect((el as HTMLDetailsElement).open).toBe(false);
    expect(el.querySelector('summary')!.textContent).toBe('诉讼时效是什么，欠款多年后写信前为什么要先了解');
  });

  it('within six months of the three years: open, saying a letter agreeing to pay starts them again', () => {
    // 2027-09-02 + 6 months = 2028-03-02, after 2028-03-01: near. 2027-09-01 + 6 months = 2028-03-01: not yet.
    expect(nearTimeBar(caseOn('2027-09-01'), reportOf(caseOn('2027-09-01')))).toBe(false);
    const el = box(caseOn('2027-09-02'));
    expect(el.tagName).toBe('DIV');
    expect(el.getAttribute('data-state')).toBe('near');
    expect(el.textContent).toContain('这笔债务的三年诉讼时效可能在半年内届满');
    expect(el.textContent).toContain('诉讼时效是出借人通过法院要求还款的期限');
  });

  it('a payment restarts the three years: the same date with a payment in June 2027 is far from them', () => {
    // Paid 2027-06-01: the three years now run to 2030-06-01.
    const paid = caseOn('2027-12-01', { payments: [{ date: '2027-06-01', amount: '100.00' }] });
    expect(nearTimeBar(paid, reportOf(paid))).toBe(false);
    expect(nearTimeBar(caseOn('2027-12-01'), reportOf(caseOn('2027-12-01')))).toBe(true);
    expect(box(paid).getAttribute('data-state')).toBe('calm');
  });

  it('possibly time-barred: open, red (a note), the engine’s warning first; the last day of the three years is still “near”', () => {
    expect(box(caseOn('2028-03-01')).getAttribute('data-state')).toBe('near');
    cleanup();
    const el = box(caseOn('2028-03-02'));
    expect(el.tagName).toBe('DIV');
    expect(el.className).toBe('time-barred warn');
    expect(el.getAttribute('role')).toBe('note');
    expect(el.querySelector('strong')!.textContent).toBe('按你填写的信息，这笔债务可能已过诉讼时效。');
  });

  it('in the planner’s letter section (not `always`): the near box too, where the letter is made; nothing when far', () => {
    // A review: the letter that would start the three years again is written there.
    const near = caseOn('2027-12-01');
    render(<LangProvider value="zh"><GuideTimeBarred report={reportOf(near)} draft={near} /></LangProvider>);
    expect(screen.getByTestId('time-barred').getAttribute('data-state')).toBe('near');
    cleanup();
    const far = caseOn('2025-06-04');
    const { container } = render(<LangProvider value="zh"><GuideTimeBarred report={reportOf(far)} draft={far} /></LangProvider>);
    expect(container.innerHTML).toBe('');
  });
});
