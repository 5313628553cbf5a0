// @vitest-environment happy-dom
/**
 * The case form: the engine's one schema validates what is typed, errors show inline in the
 * user's language and say what is valid, and the draft is the case file, kept in the browser.
 */
import { readFileSync } from 'node:fs';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { CASE_KEY } from '@/components/case-storage';
import { Planner } from '@/components/planner';
import { plannerTestHooks } from './harness';
import { todayIso } from '@/components/case-json';
import { UI_KEY } from '@/components/ui-state';

const fixtureText = readFileSync('tests/fixtures/cases/jd-jintiao-equal-payment.json', 'utf8');
const stored = () => JSON.parse(window.localStorage.getItem(CASE_KEY) ?? 'null') as Record<string, unknown> | null;
const errorOf = (input: HTMLElement) => {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id.endsWith('-error'));
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
};

plannerTestHooks();

async function renderPlanner() {
  const utils = render(<Planner />);
  // The draft (or a new case) is put in the form after the first render.
  await waitFor(() => expect((screen.getByLabelText('算到哪一天') as HTMLInputElement).value).not.toBe(''));
  return utils;
}

describe('the case form', () => {
  it('starts a new case as of today, with a licensed lender and 12 equal payments preset', async () => {
    await renderPlanner();
    expect((screen.getByLabelText('算到哪一天') as HTMLInputElement).value).toBe(todayIso(new Date()));
    expect((screen.getByLabelText('分几期（每月一期）') as HTMLInputElement).value).toBe('12');
    expect((screen.getByRole('radio', { name: /持牌金融机构/ }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('radio', { name: /等额本息/ }) as HTMLInputElement).checked).toBe(true);
    // Nothing is flagged inline before the user types; the result panel lists what is left to fill in, by name.
    expect(screen.getByLabelText('借款金额（合同本金）').getAttribute('aria-invalid')).toBeNull();
    expect(await screen.findByText('还要填写 3 项：')).toBeTruthy();
    // Named as the form labels them (they were the case file's names: 合同本金, Start date…).
    expect(screen.getAllByRole('link').map((a) => a.textContent)).toEqual(expect.arrayContaining(['借款金额（合同本金）', '放款日', '利率数值']));
  });

  it('flags an amount that is not a plain number inline, in Chinese, naming what is valid; a correction clears it', async () => {
    const user = userEvent.setup();
    await renderPlanner();
    const principal = screen.getByLabelText('借款金额（合同本金）');
    // "12,000" is read as 12000 (lib/display/typed-amount.ts); "12,00" is no grouping of thousands.
    await user.type(principal, '12,00');
    await waitFor(() => expect(principal.getAttribute('aria-invalid')).toBe('true'));
    expect(errorOf(principal)).toBe('借款金额（合同本金）：应只写数字，不要加逗号或空格，如 "12000.50"');
    expect(errorOf(principal)).not.toMatch(/loan\.principal/);

    await user.clear(principal);
    await user.type(principal, '12000');
    await waitFor(() => expect(principal.getAttribute('aria-invalid')).toBeNull());
    expect(errorOf(principal)).toBe('');
  });

  it('rewords the errors in English when the language is switched, keeping what was typed', async () => {
    const user = userEvent.setup();
    await renderPlanner();
    const principal = screen.getByLabelText('借款金额（合同本金）');
    await user.type(principal, '12,00');
    await waitFor(() => expect(errorOf(principal)).toMatch(/不要加逗号/));

    await user.click(screen.getByRole('button', { name: 'English' }));
    const same = screen.getByLabelText('Amount borrowed (contract principal)') as HTMLInputElement;
    expect(same.value).toBe('12,00');
    expect(errorOf(same)).toBe('Amount borrowed (contract principal): must be digits only, without commas or spaces, e.g. "12000.50"');
    expect(document.documentElement.lang).toBe('en');
    expect(JSON.parse(window.localStorage.getItem(UI_KEY) ?? '{}')).toEqual({ lang: 'en' });
  });

  it('checks fields against each other: an as-of date before the payout is flagged where it is typed', async () => {
    await renderPlanner();
    fireEvent.change(screen.getByLabelText('放款日'), { target: { value: '2025-01-15' } });
    const asOf = screen.getByLabelText('算到哪一天');
    fireEvent.change(asOf, { target: { value: '2024-12-01' } });
    await waitFor(() => expect(errorOf(asOf)).toBe('算到哪一天：不能早于放款日'));
  });

  it('turns a whole number of months into a JSON number, and flags one that is not whole', async () => {
    const user = userEvent.setup();
    await renderPlanner();
    const months = screen.getByLabelText('分几期（每月一期）');
    await user.clear(months);
    await user.type(months, '24');
    await waitFor(() => expect((stored()?.loan as Record<string, unknown> | undefined)?.termMonths).toBe(24));
    await user.type(months, '.5');
    await waitFor(() => expect(errorOf(months)).toMatch(/应为 1 到 360 之间的整数/));
  });

  it('saves the draft in this browser as the case file, money exactly as typed', async () => {
    const user = userEvent.setup();
    await renderPlanner();
    await user.type(screen.getByLabelText('借款金额（合同本金）'), '12000.5');
    await waitFor(() => expect((stored()?.loan as Record<string, unknown> | undefined)?.principal).toBe('12000.5'));
    expect(stored()?.format).toBe('repayment-case/1');
  });

  it('loads a stored case back exactly, key order and all, and shows the figures the engine computes', async () => {
    window.localStorage.setItem(CASE_KEY, JSON.stringify(JSON.parse(fixtureText)));
    await renderPlanner();
    expect((screen.getByLabelText('出借方名称') as HTMLInputElement).value).toBe('京东金条（重庆京东盛际小额贷款有限公司）');
    expect(await screen.findByTestId('payoff')).toHaveProperty('textContent', '¥8,848.28');
    await act(async () => {
      window.dispatchEvent(new Event('pagehide'));
    });
    expect(window.localStorage.getItem(CASE_KEY)).toBe(JSON.stringify(JSON.parse(fixtureText)));
  });
});

describe('while the input has errors', () => {
  it("the rate shown as the contract's is the one the figures are of, not the one being typed", async () => {
    // The JD fixture: 0.05% a day = 18.00% a year (× 360). A review typed 18.25 per year, switched
    // to per day, and read "18.25% 合同写：日利率 18.25%": the figure of the last valid input with the
    // label of the current one. "abc" is no rate: the figures stay those of 0.05% a day.
    window.localStorage.setItem(CASE_KEY, JSON.stringify(JSON.parse(fixtureText)));
    await renderPlanner();
    await screen.findByTestId('payoff');
    const cost = () => document.querySelector('.true-cost')!.textContent!;
    expect(cost()).toContain('18.00% 合同写：日利率 0.05%');
    fireEvent.change(screen.getByLabelText('利率数值'), { target: { value: 'abc' } });
    await waitFor(() => expect(document.querySelector('.report.stale')).not.toBeNull());
    expect(cost()).toContain('18.00% 合同写：日利率 0.05%');
    expect(cost()).not.toContain('abc');
  });
});

describe('errors name each field as the form labels it (an English review found the case file’s names)', () => {
  async function englishExample() {
    render(<Planner />);
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    fireEvent.click(screen.getByRole('button', { name: 'Try an example' })); // as of 2025-09-01, lent 2025-01-15, 4 payments
    await screen.findByTestId('payoff');
  }
  const summary = () => document.querySelector('.error-summary');

  it('a start date after the as-of date is flagged on the start date where it was typed, and on the as-of date; the summary counts it once', async () => {
    await englishExample();
    const start = screen.getByLabelText('Date the money was paid out');
    fireEvent.change(start, { target: { value: '2026-12-01' } });
    await waitFor(() => expect(start.getAttribute('aria-invalid')).toBe('true'));
    expect(errorOf(start)).toBe('Date the money was paid out: cannot be after the as-of date (2025-09-01)');
    const asOf = screen.getByLabelText('Calculate as of');
    expect(asOf.getAttribute('aria-invalid')).toBe('true');
    expect(errorOf(asOf)).toBe('Calculate as of: cannot be before the loan start date');
    expect(summary()?.querySelector('h3')?.textContent).toBe('1 entry to correct');
    const entries = [...(summary()?.querySelectorAll('.errors-wrong li') ?? [])].map((li) => li.textContent);
    // The example's demand and its four payments are dated before 2026-12-01 too: marked, and named
    // under the start date's entry (the first five, then how many more).
    expect(entries).toEqual(['Date the money was paid out: cannot be after the as-of date (2025-09-01) (also marked: Calculate as of, Date of the demand, Date of payment 1, Date of payment 2, Date of payment 3, and 1 more)']);

    fireEvent.click(screen.getByRole('button', { name: '中文' }));
    const startZh = screen.getByLabelText('放款日');
    expect(errorOf(startZh)).toBe('放款日：不能晚于计算截止日（2025-09-01）');
    expect(summary()?.querySelector('h3')?.textContent).toBe('有 1 处需要修改');
    expect(summary()?.querySelector('.errors-wrong li')?.textContent).toBe('放款日：不能晚于计算截止日（2025-09-01）（也标在：算到哪一天、哪天提出的、第 1 笔还款的日期、第 2 笔还款的日期、第 3 笔还款的日期等另外 1 处）');
  });

  it('a conflict put right at the other field clears the marks on both', async () => {
    await englishExample();
    const start = screen.getByLabelText('Date the money was paid out');
    fireEvent.change(start, { target: { value: '2025-03-01' } }); // after payments 1 (02-15), before the as-of date
    await waitFor(() => expect(errorOf(start)).toBe('Date the money was paid out: cannot be after the earliest payment (2025-02-15)'));
    const first = screen.getByLabelText('Date of payment 1');
    expect(errorOf(first)).toBe('Date of payment 1: cannot be before the loan start date');
    fireEvent.change(first, { target: { value: '2025-03-15' } });
    await waitFor(() => expect(start.getAttribute('aria-invalid')).toBeNull());
    expect(errorOf(start)).toBe('');
    expect(first.getAttribute('aria-invalid')).toBeNull();
  });

  it('the number of instalments, a payment and a date are named as the form labels them; a date says nothing of yyyy-MM-dd', async () => {
    const user = userEvent.setup();
    await englishExample();
    const term = screen.getByLabelText('Number of monthly instalments');
    await user.clear(term);
    await user.type(term, '0');
    await waitFor(() => expect(errorOf(term)).toBe('Number of monthly instalments: must be a whole number from 1 to 360'));
    const amount = screen.getByLabelText('Amount of payment 1');
    await user.clear(amount);
    await user.type(amount, '-5');
    await waitFor(() => expect(errorOf(amount)).toBe('Amount of payment 1: cannot be negative'));
    const asOf = screen.getByLabelText('Calculate as of');
    fireEvent.change(asOf, { target: { value: '1900-09-01' } });
    await waitFor(() => expect(errorOf(asOf)).toBe('Calculate as of: must be a date between 1980 and 2100'));
    const listed = summary()?.textContent ?? '';
    expect(listed).toContain('Number of monthly instalments: must be a whole number from 1 to 360');
    expect(listed).toContain('Amount of payment 1: cannot be negative');
    expect(listed).not.toMatch(/Term \(months\)|Payment amount|yyyy-MM-dd/);

    fireEvent.click(screen.getByRole('button', { name: '中文' }));
    expect(errorOf(document.getElementById('f-loan-termMonths')!)).toBe('分几期（每月一期）：应为 1 到 360 之间的整数');
    expect(errorOf(screen.getByLabelText('第 1 笔还款的金额'))).toBe('第 1 笔还款的金额：不能为负数');
    expect(errorOf(screen.getByLabelText('算到哪一天'))).toBe('算到哪一天：应为 1980–2100 年间的日期');
  });

  it('a penalty rate too high names the ceiling per the period chosen', async () => {
    const user = userEvent.setup();
    await englishExample();
    fireEvent.click(screen.getByLabelText('The contract states its own penalty rate'));
    const rate = await screen.findByLabelText('Penalty rate');
    await user.type(rate, '18');
    await waitFor(() => expect(errorOf(rate)).toBe('Penalty rate: is implausibly high (at most 10% per day): check the rate period'));
    // The period chosen after the rate was typed: the error follows it, with no need to retype.
    const per = document.getElementById('f-overdue-penalty-rate-per') as HTMLSelectElement;
    await user.selectOptions(per, 'month');
    await waitFor(() => expect(rate.getAttribute('aria-invalid')).toBeNull());
    await user.clear(rate);
    await user.type(rate, '150');
    await waitFor(() => expect(errorOf(rate)).toBe('Penalty rate: is implausibly high (at most 100% per month): check the rate period'));
    await user.selectOptions(per, 'year');
    await waitFor(() => expect(rate.getAttribute('aria-invalid')).toBeNull());
    await user.selectOptions(per, 'day');
    await waitFor(() => expect(errorOf(rate)).toBe('Penalty rate: is implausibly high (at most 10% per day): check the rate period'));
  });
});
