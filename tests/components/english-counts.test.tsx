// @vitest-environment happy-dom
/**
 * English counts of days and months are singular at one: a review saw "the first month · 1 days
 * overdue" and "…; 1 days overdue (the first month)." Chinese has one form for both.
 */
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { BalanceChart } from '@/components/balance-chart';
import { exampleCase } from '@/components/example-case';
import { translate } from '@/components/i18n';
import { describePlan } from '@/components/plan-text';
import { planView } from '@/components/plan-view';
import { StageNote } from '@/components/stage-note';
import { VerdictCard } from '@/components/verdict-card';
import { analyze } from '@/lib/analyze';
import type { Lang } from '@/lib/display/lang';
import type { Report } from '@/lib/report/types';
import { renderInForm, textOf } from './harness';

function reportOf(raw: unknown): Report {
  const r = analyze(raw);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.report;
}

afterEach(cleanup);

/** The example as of a given day: its fifth instalment (2025-06-15) is the first one missed. */
const asOf = (day: string) => ({ ...exampleCase(), asOf: day, claim: undefined, plans: [], letter: undefined });

describe('days overdue', () => {
  const oneDay = reportOf(asOf('2025-06-16'));
  const twoDays = reportOf(asOf('2025-06-17'));

  it('the case is 1 and 2 days overdue on those days', () => {
    expect(oneDay.statement.daysOverdue).toBe(1);
    expect(twoDays.statement.daysOverdue).toBe(2);
  });

  const shown = (report: Report, lang: Lang) => {
    renderInForm(<><VerdictCard report={report} /><StageNote report={report} /></>, { lang, values: asOf(report.asOf) });
    const text = textOf(document.body);
    cleanup();
    return text;
  };

  it('the verdict and the stage say "1 day overdue", and "2 days overdue"', () => {
    const one = shown(oneDay, 'en');
    expect(one).toContain('; 1 day overdue (the first month).');
    expect(one).toContain('the first month · 1 day overdue');
    expect(one).not.toContain('1 days');
    const two = shown(twoDays, 'en');
    expect(two).toContain('; 2 days overdue (the first month).');
    expect(two).toContain('the first month · 2 days overdue');
  });

  it('Chinese is unchanged', () => {
    const one = shown(oneDay, 'zh');
    expect(one).toContain('已逾期 1 天（逾期初期）');
    expect(one).toContain('逾期初期 · 已逾期 1 天');
  });
});

describe('months and payments of an offer', () => {
  const t = (lang: Lang) => (key: Parameters<typeof translate>[1], vars?: Parameters<typeof translate>[2]) => translate(lang, key, vars);
  const plan = (spec: Record<string, unknown>) => {
    const view = planView(reportOf({ ...exampleCase(), plans: [spec] }).plans[0]);
    if (!view) throw new Error('no plan');
    return view;
  };
  const instalments = (months: number, annualRate: string) => plan({ kind: 'instalments', base: 'supported', months, firstDate: '2025-10-01', annualRate });
  const deferral = (graceMonths: number, months: number, annualRate: string) =>
    plan({ kind: 'deferral', base: 'supported', graceMonths, graceAnnualRate: annualRate, months, firstDate: '2025-10-01', annualRate });

  it('one payment, and one month’s pause, in the singular', () => {
    expect(describePlan(instalments(1, '0'), undefined, t('en'), 'en')).toMatch(/^1 interest-free payment of ¥/);
    expect(describePlan(instalments(1, '6'), undefined, t('en'), 'en')).toMatch(/^1 payment of ¥/);
    expect(describePlan(deferral(1, 1, '0'), 1, t('en'), 'en')).toMatch(/^1 month's pause, then 1 interest-free payment of ¥/);
    expect(describePlan(deferral(1, 12, '6'), 1, t('en'), 'en')).toMatch(/^1 month's pause, then 12 monthly payments of ¥/);
  });

  it('more than one in the plural; Chinese as before', () => {
    expect(describePlan(instalments(24, '0'), undefined, t('en'), 'en')).toMatch(/^24 interest-free monthly payments of ¥/);
    expect(describePlan(deferral(3, 12, '0'), 3, t('en'), 'en')).toMatch(/^3 months' pause, then 12 interest-free payments of ¥/);
    expect(describePlan(deferral(3, 1, '6'), 3, t('zh'), 'zh')).toMatch(/^先缓3个月，再分1期，每月¥/);
    expect(describePlan(deferral(1, 12, '0'), 1, t('zh'), 'zh')).toMatch(/^先缓1个月，再停息分12期，每月¥/);
  });

  it('the chart’s description says "paid off in 1 payment"', () => {
    renderInForm(<BalanceChart plans={[{ key: 'p0', title: 'Offer 1', plan: instalments(1, '0'), recommended: false }]} />, { lang: 'en' });
    expect(screen.getByRole('img').querySelector('desc')?.textContent).toMatch(/^Offer 1: from ¥[\d,.]+, paid off in 1 payment$/);
  });

  it('the contract schedule of a one-month loan is of "1 instalment"', () => {
    expect(translate('en', 'results.schedule', { n: 1 })).toBe("The contract's schedule (1 instalment)");
    expect(translate('en', 'results.schedule', { n: 12 })).toBe("The contract's schedule (12 instalments)");
  });
});
