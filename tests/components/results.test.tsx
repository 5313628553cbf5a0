// @vitest-environment happy-dom
/**
 * The results render the engine's report as it is: every figure formatted for the reader
 * (¥12,345.67), the verdict first, every cap line with the decisive one marked and its source.
 * Expected figures are the fixtures' own (tests/fixtures/cases/*.expected.json).
 */
import { readFileSync } from 'node:fs';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadEngine } from '@/components/engine';
import { exampleCase } from '@/components/example-case';
import { CapLines, Findings, TrueCost } from '@/components/law-section';
import { OwedItems } from '@/components/owed-items';
import { monthTicks } from '@/components/balance-chart';
import { PlanComparison } from '@/components/plan-comparison';
import { planView } from '@/components/plan-view';
import { ScheduleTable } from '@/components/schedule-table';
import { VerdictCard } from '@/components/verdict-card';
import { AssumedTerms } from '@/components/assumed-terms';
import { analyze } from '@/lib/analyze';
import type { Report } from '@/lib/report/types';
import { cellsOf, renderInForm, textOf } from './harness';

// Sources are shown with the engine's citation table (components/cite.tsx), as in the app.
beforeAll(async () => {
  await loadEngine();
});

const read = (name: string) => JSON.parse(readFileSync(`tests/fixtures/cases/${name}.json`, 'utf8')) as Record<string, unknown>;

function reportOf(raw: unknown): Report {
  const r = analyze(raw);
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.report;
}

const jd = read('jd-jintiao-equal-payment');
const jdReport = reportOf(jd);

afterEach(cleanup);

describe('the verdict, first', () => {
  it('says what is owed now, what the law supports and the excess, what is demanded, and the stage (zh)', () => {
    // jd-jintiao.expected.json: payoff 8848.28, supported 8781.65, excess 66.63, claim gap 651.72, 78 days (mid)
    renderInForm(<VerdictCard report={jdReport} />, { values: jd });
    expect(screen.getByTestId('payoff').textContent).toBe('¥8,848.28');
    expect(screen.getByTestId('supported-payoff').textContent).toBe('¥8,781.65');
    const text = textOf(document.body);
    expect(text).toContain('其中已到期未还 ¥3,586.59，已逾期 78 天（逾期中期）');
    expect(text).toContain('比合同少 ¥66.63');
    expect(text).toContain('¥9,500.00');
    expect(text).toContain('比按合同算出的多 ¥651.72');
    expect(text).toContain('适用的上限：年利率24%（持牌金融机构的利息、复利、罚息、违约金和其他费用合计）。依据：');
    expect(text).toContain('法发〔2017〕22号');
    expect(text).toContain('填写第3步'); // no budget yet: where to get an offer
  });

  it('for a void contract, says no interest or fees are owed, not that a cap was exceeded', () => {
    // void-unlicensed.expected.json: payoff 15,235.48, supported 9,963.04 (the principal received
    // less what was paid), 5,272.44 less. A reviewer found "above the legal cap … ask for it to be
    // waived" here: for a void contract nothing beyond that principal is owed at all.
    const raw = read('void-unlicensed');
    renderInForm(<VerdictCard report={reportOf(raw)} />, { lang: 'en', values: raw });
    const text = textOf(document.body);
    expect(text).toContain('¥5,272.44 less than the contract: the contract is likely void, so only the principal you actually received, less what you have paid, is owed; no contractual interest or fees, though a court may add compensation for the time you had the money (often at the one-year LPR).');
    expect(text).not.toContain('above the legal cap');
  });

  it('a demand within the contract but above the law says by how much it is above the law', () => {
    // 8,800.00 demanded: 48.28 below the contract's 8,848.28, 8,800.00 − 8,781.65 = 18.35 above the supported figure.
    const raw = { ...jd, claim: { amount: '8800.00' } };
    renderInForm(<VerdictCard report={reportOf(raw)} />, { values: raw });
    expect(textOf(document.body)).toContain('没有超过合同的金额，但比法律支持的多 ¥18.35，可以要求减免。');
    cleanup();
    // 8,000.00 is below both: no more than the contract gives, nothing to add.
    const low = { ...jd, claim: { amount: '8000.00' } };
    renderInForm(<VerdictCard report={reportOf(low)} />, { lang: 'en', values: low });
    expect(textOf(document.body)).toContain('No more than the contract itself gives.');
  });

  it('says the same in English', () => {
    renderInForm(<VerdictCard report={jdReport} />, { lang: 'en', values: jd });
    const text = textOf(document.body);
    expect(text).toContain('Under the contract, paying it all off now takes');
    expect(text).toContain('¥8,848.28');
    expect(text).toContain('Of this, ¥3,586.59 has fallen due and is unpaid; 78 days overdue (1 to 6 months).');
    expect(text).toContain('¥66.63 less than the contract');
    expect(text).toContain('¥651.72 more than the contract itself gives');
  });

  it('proposes the recommended offer once there is a budget', () => {
    const report = reportOf(exampleCase());
    renderInForm(<VerdictCard report={report} />, { values: exampleCase() });
    const rec = planView(report.recommendation!.plan)!;
    expect(textOf(document.body)).toContain(`停息分${rec.months}期，每月¥${rec.payment}`);
  });
});

describe('the rate and the legal cap', () => {
  it('shows the true annual cost beside the contract rate as entered', () => {
    renderInForm(<TrueCost report={jdReport} />, { values: jd });
    expect(screen.getByTestId('apr').textContent).toBe('18.00%');
    // Of the three rates, the true annual cost is the one the cap is set against (term-test).
    expect(textOf(screen.getByTestId('apr').previousElementSibling!)).toBe('真实年化成本（利息和所有费用，按实际到手的钱算） 与上限比较的是这一项');
    const text = textOf(document.body);
    expect(text).toContain('合同写：日利率 0.05%');
    expect(text).toContain('19.56%'); // effective rate 0.195623
    expect(text).toContain('24.00%');
    expect(text).toContain('中国人民银行公告〔2021〕第3号');
  });

  it('above the cap: a licensed lender\'s excess is reduced on request, a private lender\'s is not supported (LAW.md §1)', () => {
    // flat-upfront-fee-over-36 (licensed): APR 48.64% > 24%; private-2020: 24.00% > 4 × 3.85% = 15.40%.
    const licensed = read('flat-upfront-fee-over-36');
    renderInForm(<TrueCost report={reportOf(licensed)} />, { values: licensed, lang: 'en' });
    expect(textOf(document.body)).toContain('The true annual cost is above the cap. You can ask for the part above it to be reduced, but you must raise it (the letter does).');
    cleanup();
    const privateLoan = read('private-2020');
    renderInForm(<TrueCost report={reportOf(privateLoan)} />, { values: privateLoan });
    expect(textOf(document.body)).toContain('真实年化成本超过上限。超过的部分法律不支持。');
  });

  it('lists every cap line, marks the one that decides, cites each, and gives the overdue excess in yuan', () => {
    renderInForm(<CapLines report={jdReport} />, { values: jd });
    const lines = screen.getAllByRole('listitem');
    expect(lines).toHaveLength(2);
    expect(textOf(lines[0]!)).toMatch(/^24\.00%起决定作用/);
    expect(textOf(lines[0]!)).toContain('法释〔2020〕27号');
    expect(textOf(lines[1]!)).toMatch(/^36\.00%/);
    expect(textOf(lines[1]!)).not.toContain('起决定作用');
    expect(textOf(lines[1]!)).toContain('整治办函〔2017〕141号');
    const text = textOf(document.body);
    expect(text).toContain('¥489.02');
    expect(text).toContain('¥422.39');
    expect(text).toContain('超出上限 ¥66.63。超过的部分可以请求调减，但要由你提出（协商信会提出）。');
    // The cap allows 422.39 on the contract's schedule; the itemised table's supported penalty is on the legal one.
    expect(text).toContain('按合同的还款计划计算；“逐项明细”按法律支持的计划重算');
    expect(screen.getByTestId('excess').textContent).toContain('¥66.63');
  });

  it('shows every finding with its source', () => {
    renderInForm(<Findings report={jdReport} />, { lang: 'en' });
    const items = screen.getAllByRole('listitem');
    expect(items.map((li) => li.className)).toEqual(jdReport.caps.findings.map((f) => f.severity));
    // 489.02 charged − 422.39 allowed = 66.63, written as the figure beside it ("¥66.63").
    // JD is a licensed lender: the excess is reduced at the borrower's request (LAW.md §1).
    expect(textOf(items[2]!)).toContain('come to ¥489.02, above the ¥422.39 the cap allows: the ¥66.63 above it may be reduced at the borrower’s request');
    expect(textOf(items[2]!)).toContain('Fa Fa [2017] No. 22');
  });

  it('cites a source in Chinese alone for a Chinese reader, with the English gloss for an English one', () => {
    // The cap line licensed-24 cites 法发〔2017〕22号 第二条 and 法释〔2020〕27号 (lib/law/citations.ts).
    renderInForm(<CapLines report={jdReport} />, { values: jd });
    const zh = document.querySelector('cite')!.textContent!;
    expect(zh).toContain('《最高人民法院关于进一步加强金融审判工作的若干意见》（法发〔2017〕22号）第二条');
    expect(zh).not.toMatch(/[A-Za-z]/);
    cleanup();
    renderInForm(<CapLines report={jdReport} />, { values: jd, lang: 'en' });
    const en = document.querySelector('cite')!.textContent!;
    expect(en).toContain('（法发〔2017〕22号）第二条 (SPC Opinions on Further Strengthening Financial Trials (Fa Fa [2017] No. 22), Art. 2)');
  });

  it('for a void contract, says only the principal received is owed', () => {
    const report = reportOf(read('void-unlicensed'));
    renderInForm(<CapLines report={report} />);
    expect(textOf(document.body)).toContain('只需返还实际拿到的本金');
    expect(textOf(document.body)).toContain('法释〔2020〕17号');
  });
});

describe('the details', () => {
  it('itemises what is owed: contract, supported and the difference, zero rows left out', () => {
    renderInForm(<OwedItems report={jdReport} />);
    const table = screen.getByRole('table');
    const row = (name: string) => cellsOf(within(table).getByRole('row', { name: new RegExp(`^${name}`) }));
    expect(row('已到期的本金')).toBe('已到期的本金 ¥2,974.03 ¥2,974.03 —');
    expect(row('罚息')).toBe('罚息 ¥481.79 ¥422.39 ¥59.40');
    expect(row('复利')).toBe('复利 ¥7.23 ¥0.00 ¥7.23');
    expect(row('已到期合计')).toBe('已到期合计 ¥3,586.59 ¥3,519.96 ¥66.63');
    expect(row('现在全部还清')).toBe('现在全部还清 ¥8,848.28 ¥8,781.65 ¥66.63');
    expect(within(table).queryByRole('row', { name: /违约金/ })).toBeNull();
    // No item is negative here: no word about negative figures.
    expect(screen.queryByTestId('negative-excess')).toBeNull();
  });

  it('explains a negative item under "Above the cap" (a void contract: the whole principal is due at once)', () => {
    // void-unlicensed.expected.json: contract totalDue 4,171.96 against 9,963.04 supported (all the
    // principal received, less what was paid, is due now): 4,171.96 − 9,963.04 = −5,791.08.
    const raw = read('void-unlicensed');
    renderInForm(<OwedItems report={reportOf(raw)} />, { lang: 'en' });
    const table = screen.getByRole('table');
    expect(cellsOf(within(table).getByRole('row', { name: /^Total due now/ }))).toBe('Total due now ¥4,171.96 ¥9,963.04 −¥5,791.08');
    expect(screen.getByTestId('negative-excess').textContent).toMatch(/^A negative figure under "Above the cap" means the item is larger on the lawful terms/);
  });

  it('lays out the contract schedule with dates in the reader’s format', () => {
    renderInForm(<ScheduleTable rows={jdReport.schedule} caption="合同还款计划" />);
    const rows = screen.getAllByRole('row');
    expect(rows).toHaveLength(13);
    expect(cellsOf(rows[1]!)).toBe('1 2025年2月15日 ¥1,100.16 ¥920.16 ¥180.00');
    expect(cellsOf(rows[12]!)).toBe('12 2026年1月15日 ¥1,100.19 ¥1,083.93 ¥16.26');
  });
});

describe('the offers side by side', () => {
  /** The example's own offer and the recommended one, the recommended one given as the second. */
  function renderComparison(recommended: { key: string; title: string }) {
    const report = reportOf(exampleCase());
    const mine = planView(report.plans[0])!;
    const rec = planView(report.recommendation!.plan)!;
    renderInForm(
      <PlanComparison
        hasBudget
        plans={[
          { key: 'p0', title: '方案 1', plan: mine, recommended: false },
          { ...recommended, plan: rec, recommended: true },
        ]}
      />,
    );
    return { mine, rec };
  }

  it('compares payment, months, total, savings and the budget, with the recommended one marked and a chart with a table', () => {
    const { mine, rec } = renderComparison({ key: 'r', title: '建议的方案' });
    const table = screen.getByTestId('plan-comparison');
    // The recommended offer first, beside the row names (on a phone the table scrolls sideways).
    expect(cellsOf(within(table).getByRole('row', { name: /^每月还款/ }))).toBe(`每月还款 ¥${rec.payment} ¥${mine.payment}`);
    expect(cellsOf(within(table).getByRole('row', { name: /^期数/ }))).toBe('期数 18 24');
    expect(cellsOf(within(table).getByRole('row', { name: /^合计要还/ }))).toBe('合计要还 ¥8,781.65 ¥8,781.65');
    expect(cellsOf(within(table).getByRole('row', { name: /^在预算内吗/ }))).toBe('在预算内吗 ✓ 能承受 ✓ 能承受');
    expect(textOf(within(table).getByRole('columnheader', { name: /建议的方案/ }))).toBe('建议的方案推荐');
    const chart = screen.getByRole('img', { name: /各方案剩余欠款随时间的变化/ });
    expect(chart.querySelectorAll('path.series')).toHaveLength(2);
    expect(screen.getByText('以表格查看')).toBeTruthy();
  });

  it('puts the recommended offer first when it is one of the user’s own, and names the table by its caption', () => {
    // A review: after "Add to my offers" the recommended offer became 方案 2, in a column out of
    // sight on a 360 px phone.
    renderComparison({ key: 'p1', title: '方案 2' });
    const table = screen.getByRole('table', { name: '各方案的每月还款、期数、合计和节省' });
    expect(within(table).getAllByRole('columnheader').map(textOf)).toEqual(['方案 2推荐', '方案 1']);
    expect(cellsOf(within(table).getByRole('row', { name: /^期数/ }))).toBe('期数 18 24');
    expect(screen.getByRole('region', { name: '各方案的每月还款、期数、合计和节省' })).toBeTruthy();
  });

  it('marks a suggested offer over the budget as such, never "Recommended"', () => {
    // A reviewer: income 3,000 against essentials 3,500, and the 60-month fallback was badged
    // "Recommended" while the table said it did not fit. Example loan, that budget: the surplus is
    // −500, savings 0, so even 60 interest-frozen months are over the budget (affordable: false).
    const report = reportOf({ ...exampleCase(), plans: [], letter: {}, budget: { income: '3000', essentials: '3500' } });
    const rec = planView(report.recommendation!.plan)!;
    expect(rec.affordable).toBe(false);
    renderInForm(<PlanComparison hasBudget plans={[{ key: 'recommended', title: 'Suggested offer', plan: rec, recommended: true }]} />, { lang: 'en' });
    const table = screen.getByTestId('plan-comparison');
    expect(textOf(within(table).getByRole('columnheader', { name: /Suggested offer/ }))).toBe('Suggested offerOver your budget');
    expect(textOf(table)).not.toContain('Recommended');
  });

  it('lists each offer\'s cautions under the table: a settlement far below the principal is not a clear winner', () => {
    // A reviewer: a one-off settlement of the savings (16% of the debt) looked best side by side,
    // "lenders rarely accept that" being on its card only. The JD case (supported principal
    // 8,235.72, see plans-recommend.test.ts) with a settlement of 3,000.00 < 8,235.72.
    const report = reportOf({ ...jd, plans: [{ kind: 'settlement', base: 'supported', amount: '3000.00', date: '2025-10-01' }] });
    const view = planView(report.plans[0])!;
    renderInForm(<PlanComparison hasBudget={false} plans={[{ key: 'p0', title: 'Offer 1', plan: view, recommended: false }]} />, { lang: 'en' });
    const cautions = screen.getByRole('list', { name: 'Cautions about these offers' });
    expect(textOf(cautions)).toBe('Offer 1: The lump sum of ¥3,000.00 is below the ¥8,235.72 of principal the law supports; lenders rarely accept that, but you may try.');
  });

  it('shows a settlement\'s amount as paid once, not as a monthly payment', () => {
    // The example with a settlement of 6,000.00 (a review saw "每月还款 ¥3,000.00" for a one-off).
    const example = exampleCase();
    const settle = planView(reportOf({ ...example, plans: [{ kind: 'settlement', base: 'supported', amount: '6000.00', date: '2025-10-01' }] }).plans[0])!;
    renderInForm(<PlanComparison hasBudget={false} plans={[{ key: 'p0', title: '方案 1', plan: settle, recommended: false }]} />);
    expect(cellsOf(within(screen.getByTestId('plan-comparison')).getByRole('row', { name: /^每月还款/ }))).toBe('每月还款 一次付清 ¥6,000.00');
  });

  it('labels the chart at round amounts and at the last month', () => {
    // The example: the law supports ¥8,781.65 (the plans' starting balance); the suggested offer
    // runs 18 months and mine 24, so the months run 0 to 24. Quarters of the largest balance
    // (2,195.41) round up to 2,500: gridlines at ¥0, ¥2,500, ¥5,000, ¥7,500, ¥10,000.
    const report = reportOf(exampleCase());
    const mine = planView(report.plans[0])!;
    const rec = planView(report.recommendation!.plan)!;
    renderInForm(<PlanComparison hasBudget plans={[{ key: 'p0', title: '方案 1', plan: mine, recommended: false }, { key: 'r', title: '建议的方案', plan: rec, recommended: true }]} />);
    const labels = [...document.querySelectorAll('.chart-svg text')].map((e) => e.textContent);
    expect(labels.filter((l) => l?.startsWith('¥'))).toEqual(['¥0', '¥2,500', '¥5,000', '¥7,500', '¥10,000']);
    expect(labels.filter((l) => l?.endsWith('个月')).at(-1)).toBe('24个月');
    cleanup();
    // A 17-month offer alone: labelled every 3 months (the chart is 640 px wide here), then at 17;
    // the labels stopped at 15 before.
    const example = exampleCase();
    const seventeen = planView(reportOf({ ...example, plans: [{ ...example.plans![0]!, months: 17 }] }).plans[0])!;
    expect(seventeen.months).toBe(17);
    renderInForm(<PlanComparison hasBudget plans={[{ key: 'p0', title: '方案 1', plan: seventeen, recommended: false }]} />);
    const months = [...document.querySelectorAll('.chart-svg text')].map((e) => e.textContent).filter((l) => l?.endsWith('个月'));
    expect(months).toEqual(['0个月', '3个月', '6个月', '9个月', '12个月', '15个月', '17个月']);
  });
});

describe('month labels under the chart', () => {
  it('at every step and at the last month, a regular label giving way where the two would touch', () => {
    // 640 px wide: 556 px for 17 months, 32.7 px a month; 15 → 17 is 65 px, room for a label (64).
    expect(monthTicks(17, 3, 556 / 17)).toEqual([0, 3, 6, 9, 12, 15, 17]);
    // A 360 px phone: 216 px for 15 months, 14.4 px a month, every 6: 12 → 15 is 43 px, too close.
    expect(monthTicks(15, 6, 216 / 15)).toEqual([0, 6, 15]);
    expect(monthTicks(24, 6, 556 / 24)).toEqual([0, 6, 12, 18, 24]);
    expect(monthTicks(1, 1, 556)).toEqual([0, 1]);
  });
});

describe('penalty interest on assumed terms', () => {
  const blank: Record<string, unknown> = { ...jd, overdue: undefined };
  const withBlankTerms = reportOf(blank);

  it('is said to rest on the defaults when the overdue terms are blank (zh and en)', () => {
    // The JD case is 78 days overdue, so penalty interest runs whatever its terms.
    expect(withBlankTerms.statement.penaltyInterest).not.toBe('0.00');
    renderInForm(<AssumedTerms report={withBlankTerms} />, { values: blank });
    expect(textOf(screen.getByTestId('assumed-terms').firstElementChild!)).toBe(
      '第 2 步“逾期条款”中你没填的项目，已按常见约定估算：罚息利率为合同利率的1.5倍，只对已逾期的本金计罚息。如果合同写法不同，请在那里修改，数字会随之更新。',
    );
    cleanup();
    renderInForm(<AssumedTerms report={withBlankTerms} />, { lang: 'en', values: blank });
    expect(textOf(screen.getByTestId('assumed-terms'))).toContain('a penalty rate of 1.5 times the contract rate, charged on the missed principal only');
  });

  it('names only what was left blank, and nothing when the contract terms are given', () => {
    renderInForm(<AssumedTerms report={jdReport} />, { values: { ...jd, overdue: { penaltyBase: 'outstanding-principal' } } });
    // Only the rate is assumed: the note names it alone, and does not say the overdue terms were left
    // blank, since the base was filled in (a reviewer read "逾期条款没有填写" after setting it).
    expect(textOf(screen.getByTestId('assumed-terms'))).toContain('已按常见约定估算：罚息利率为合同利率的1.5倍。');
    expect(textOf(screen.getByTestId('assumed-terms'))).not.toContain('没有填写');
    cleanup();
    renderInForm(<AssumedTerms report={jdReport} />, { values: jd });
    expect(screen.queryByTestId('assumed-terms')).toBeNull();
  });

  it('for a JD 金条 loan left on the default base, says its contracts charge on all unpaid principal, and sets it in one click', async () => {
    // LAW.md §6: `outstanding-principal` is JD 金条's term. The fixture's lender is 京东金条（重庆京东盛际…）.
    renderInForm(<AssumedTerms report={withBlankTerms} />, { values: blank });
    const use = screen.getByRole('button', { name: '改为按全部未还本金计算' });
    expect(textOf(screen.getByTestId('assumed-terms'))).toContain('京东金条的合同通常写明按全部未还本金计收罚息');
    fireEvent.click(use);
    // The base is no longer assumed: only the rate is named, and the JD line is gone.
    await waitFor(() => expect(screen.queryByRole('button', { name: '改为按全部未还本金计算' })).toBeNull());
    expect(textOf(screen.getByTestId('assumed-terms'))).toBe('第 2 步“逾期条款”中你没填的项目，已按常见约定估算：罚息利率为合同利率的1.5倍。如果合同写法不同，请在那里修改，数字会随之更新。');
  });

  it('says nothing of JD for another lender', () => {
    renderInForm(<AssumedTerms report={withBlankTerms} />, { values: { ...blank, lender: { name: '招商银行', kind: 'licensed' } } });
    expect(textOf(screen.getByTestId('assumed-terms'))).toContain('只对已逾期的本金计罚息');
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('says nothing when no penalty interest is charged', () => {
    // Analysed on its start date, the loan has nothing overdue.
    const onTime = reportOf({ ...blank, asOf: (jd.loan as { startDate: string }).startDate, payments: [], claim: undefined });
    expect(onTime.statement.penaltyInterest).toBe('0.00');
    renderInForm(<AssumedTerms report={onTime} />, { values: blank });
    expect(screen.queryByTestId('assumed-terms')).toBeNull();
  });
});
