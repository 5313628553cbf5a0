import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { formatMoney } from '../../lib/display/format-money';
import { formatPercent } from '../../lib/display/format-percent';
import { todayIso } from '../../components/case-json';
import { EXAMPLE_CASE } from '../../components/example-case';
import { readPdf } from '../pdf/read-pdf';
import { expectNoAxeViolations, frozen24, reportFor, storedCase, typedCase, typeJdLoanZh } from './planner-steps';

/**
 * Whole journeys in Chromium, in Chinese (the default). Every figure expected is computed here
 * by the engine (lib/analyze) on the same case, then formatted as the page formats it.
 */
test.describe('planner, in Chinese', () => {
  test('a JD 金条-style loan typed in shows the figures the engine computes; a 24-month frozen plan; all still there after reload', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('/');
    await typeJdLoanZh(page);

    const report = reportFor(typedCase);
    const s = report.statement;
    await expect(page.getByTestId('payoff')).toHaveText(formatMoney(s.payoff)); // ¥8,848.28
    await expect(page.getByTestId('supported-payoff')).toHaveText(formatMoney(report.caps.supported!.payoff)); // ¥8,781.65
    const verdict = page.locator('.verdict');
    await expect(verdict).toContainText(`其中已到期未还 ${formatMoney(s.totalDue)}，已逾期 ${s.daysOverdue} 天（逾期中期）`);
    await expect(verdict).toContainText(`比合同少 ${formatMoney(report.caps.excess!.payoff)}`);
    await expect(verdict).toContainText(`比按合同算出的多 ${formatMoney(s.claimGap!)}`);
    await expect(page.getByTestId('apr')).toHaveText(formatPercent(report.loan.apr!));
    await expect(page.locator('.cap-lines li.decisive')).toContainText('24.00%');
    await expect(page.locator('.cap-lines li.decisive')).toContainText('法发〔2017〕22号');
    await expect(page.getByTestId('excess')).toContainText(formatMoney(report.caps.excess!.payoff));
    await expect.poll(() => storedCase(page)).toEqual(typedCase);

    // Build the offer: 24 months, interest frozen (停息).
    await page.getByRole('button', { name: '+ 分期还款' }).click();
    const plan = page.locator('#plan-0');
    await plan.getByLabel('分几期（每月一期）').fill('24');
    await plan.getByLabel('年利率').fill('0');
    await plan.getByLabel('第一期日期').fill('2025-10-01');
    const withPlan = reportFor({ ...typedCase, plans: [frozen24] });
    const computed = withPlan.plans[0] as unknown as { payment: string; total: string; savings: string };
    await expect(plan.locator('.plan-outcome')).toContainText(`停息分24期，每月${formatMoney(computed.payment)}`);
    const comparison = page.getByTestId('plan-comparison');
    await expect(comparison.getByRole('row', { name: /^每月还款/ })).toContainText(formatMoney(computed.payment));
    await expect(comparison.getByRole('row', { name: /^合计要还/ })).toContainText(formatMoney(computed.total));
    await expect(comparison.getByRole('row', { name: /^比合同少付/ })).toContainText(formatMoney(computed.savings));
    await expect(page.getByRole('img', { name: /各方案剩余欠款/ })).toBeVisible();
    // The letter makes the first offer until another is picked, and its radio says so.
    await expect(page.getByRole('radio', { name: /^方案 1/ })).toBeChecked();
    await expect.poll(() => storedCase(page)).toEqual({ ...typedCase, plans: [frozen24] });

    await page.reload();
    await expect(page.getByLabel('出借方名称')).toHaveValue('京东金条');
    await expect(page.getByLabel('借款金额（合同本金）')).toHaveValue('12000.00');
    await expect(page.locator('.payment-row')).toHaveCount(4);
    await expect(page.locator('#plan-0').getByLabel('分几期（每月一期）')).toHaveValue('24');
    await expect(page.getByRole('radio', { name: /^方案 1/ })).toBeChecked();
    await expect(page.getByTestId('payoff')).toHaveText(formatMoney(s.payoff));
    await expect(page.locator('#plan-0 .plan-outcome')).toContainText(formatMoney(computed.payment));
  });

  test('export, then import the file back: the case is the same, byte for byte', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: '试用示例' }).click();
    await expect(page.getByTestId('payoff')).toHaveText(formatMoney(reportFor(EXAMPLE_CASE).statement.payoff));

    const exportCase = async () => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出案件文件' }).click()]);
      return readFile(await download.path());
    };
    const first = await exportCase();
    expect(first.toString('utf8')).toBe(`${JSON.stringify(EXAMPLE_CASE, null, 2)}\n`);

    await page.getByRole('button', { name: '新建' }).click();
    await expect(page.getByLabel('借款金额（合同本金）')).toHaveValue('');
    await page.setInputFiles('#import-file', { name: 'case.json', mimeType: 'application/json', buffer: first });
    await expect(page.getByTestId('notice')).toContainText('已导入 case.json');
    await expect(page.getByLabel('出借方名称')).toHaveValue(EXAMPLE_CASE.lender.name);
    const second = await exportCase();
    expect(second.equals(first)).toBe(true);
  });

  test('an import that is not a case is refused with a reason; an invalid case loads with its errors shown; undo restores', async ({ page }) => {
    await page.goto('/');
    await page.setInputFiles('#import-file', { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not json') });
    await expect(page.getByTestId('notice')).toContainText('无法导入：这不是 JSON 文件。');
    await page.setInputFiles('#import-file', { name: 'big.json', mimeType: 'application/json', buffer: Buffer.alloc(1024 * 1024 + 1, ' ') });
    await expect(page.getByTestId('notice')).toContainText('文件超过 1 MB');
    await page.setInputFiles('#import-file', { name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"something-else/2"}') });
    await expect(page.getByTestId('notice')).toContainText('这不是本工具的案件文件');

    await page.getByLabel('出借方名称').fill('我正在填的');
    const broken = { ...EXAMPLE_CASE, loan: { ...EXAMPLE_CASE.loan, principal: '12,000' } };
    await page.setInputFiles('#import-file', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    const principal = page.getByLabel('借款金额（合同本金）');
    await expect(principal).toHaveValue('12,000');
    await expect(principal).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('#f-loan-principal-error')).toContainText('不要加逗号或空格');
    await expect(page.locator('.error-summary')).toContainText('借款金额（合同本金）：应只写数字，不要加逗号或空格');

    await page.getByRole('button', { name: '撤销' }).click();
    await expect(page.getByLabel('出借方名称')).toHaveValue('我正在填的');
  });

  test('the example case, every fold open, has no accessibility violations; print shows the result without the form', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: '试用示例' }).click();
    await expect(page.getByTestId('payoff')).toBeVisible();
    await expect(page.locator('.letter-download button')).toBeVisible();
    await expectNoAxeViolations(page);
    // The stage note's paragraphs arrive with the engine chunk (lib/guidance/stage-note.ts): the
    // example's licensed lender is sent to 12378 and the credit-record rules are cited.
    await expect(page.locator('.stage')).toContainText('金融监管 12378');
    await expect(page.locator('.stage')).toContainText('逾期记录自还清之日起保留5年');
    // Sources arrive with the engine too (components/cite.tsx): the credit-record rules, and the
    // rule the true annual cost is measured by.
    await expect(page.locator('.stage cite')).toHaveText('《征信业管理条例》第十六条、第十七条');
    await expect(page.locator('cite').filter({ hasText: '中国人民银行公告〔2021〕第3号' })).toHaveCount(1);

    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('#loan')).toBeHidden();
    await expect(page.locator('.toolbar')).toBeHidden();
    await expect(page.getByTestId('payoff')).toBeVisible();
    await expect(page.getByTestId('plan-comparison')).toBeVisible();
  });

  test('a letter downloaded right after typing (before the preview catches up) says what was typed', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: '试用示例' }).click();
    const button = page.locator('.letter-download button', { hasText: '下载协商还款申请（PDF）' });
    await expect(button).toBeVisible();
    // Typed and clicked at once: the letter shown is rebuilt only once typing pauses for 0.4 s.
    const hardship = '今年三月起停发工资，靠家人接济维持生活';
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      (async () => {
        await page.getByLabel('你的困难（会写进信里）').fill(hardship);
        await button.click();
      })(),
    ]);
    const path = test.info().outputPath('letter.pdf');
    await download.saveAs(path);
    expect(readPdf(path).flat).toContain(hardship);
  });

  test('a hardship with an emoji: the PDF prints □ for it, and the page says which character', async ({ page }) => {
    // The font has no emoji; drawn from a fallback font it came out as garbage (lib/letter/printable.ts).
    await page.goto('/');
    await page.getByRole('button', { name: '试用示例' }).click();
    await page.getByLabel('你的困难（会写进信里）').fill('失业三个月😭靠家人接济');
    const button = page.locator('.letter-download button', { hasText: '下载协商还款申请（PDF）' });
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()]);
    const path = test.info().outputPath('emoji.pdf');
    await download.saveAs(path);
    expect(readPdf(path).flat).toContain('失业三个月□靠家人接济');
    await expect(page.locator('.letter-download [role="status"]')).toContainText('字体中没有以下字符，PDF 中以“□”代替，请核对或改写：😭');
  });

  test('the letter step shows which offer the letter makes, also when none is picked', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: '试用示例' }).click();
    await page.getByRole('button', { name: '删除方案 1' }).click();
    // No offers of the user's own: the letter makes the suggested one (lib/letter/choose-plan.ts).
    const letter = page.locator('#letter');
    const suggested = reportFor({ ...EXAMPLE_CASE, plans: [], letter: { ...EXAMPLE_CASE.letter, planIndex: undefined } }).recommendation!.plan;
    await expect(letter).toContainText(`信里会提出建议的方案：`);
    await expect(letter).toContainText(formatMoney(String(suggested.payment)));
    // Two offers and none picked: the letter makes the first, and its radio is the one checked.
    await page.getByRole('button', { name: '+ 分期还款' }).click();
    await page.getByRole('button', { name: '+ 一次性结清' }).click();
    await expect(letter.getByRole('radio', { name: /方案 1/ })).toBeChecked();
    await letter.getByRole('radio', { name: /方案 2/ }).check();
    await expect(letter.getByRole('radio', { name: /方案 1/ })).not.toBeChecked();
  });

  test('requests the case calls for are suggested while unticked: a statement when the demand is above the contract, no calls to others when the log has them', async ({ page }) => {
    // The example: a demand of 9,500.00 against the contract's own payoff of 8,848.28 (claimGap 651.72).
    expect(reportFor(EXAMPLE_CASE).statement.claimGap).toBe('651.72');
    const draft = { ...EXAMPLE_CASE, letter: { ...EXAMPLE_CASE.letter, requests: ['written-confirmation'] }, evidence: [{ at: '2025-08-28T23:10', channel: 'call', who: '催收员打给我母亲', thirdParty: true }] };
    await page.goto('/');
    await page.evaluate((json) => window.localStorage.setItem('repayment-planner:case', json), JSON.stringify(draft));
    await page.reload();
    await expect(page.getByTestId('payoff')).toBeVisible();
    await expect(page.getByTestId('suggested-send-statement')).toHaveText(' （建议：对方要求的金额比按合同算的还多）');
    await expect(page.getByTestId('suggested-stop-third-party-contact')).toHaveText(' （建议：你的催收记录里有联系或威胁联系他人的情况）');
    await page.getByLabel(/提供逐项的欠款明细/).check();
    await expect(page.getByTestId('suggested-send-statement')).toHaveCount(0);
    await expect.poll(async () => ((await storedCase(page)) as { letter: { requests: string[] } }).letter.requests).toEqual(['written-confirmation', 'send-statement']);
    // A threat to tell others (the guide's log flags it apart from a contact) calls for the same request.
    const threatOnly = { ...draft, evidence: [{ ...draft.evidence[0], who: '催收员说要告诉我单位', thirdParty: false, thirdPartyThreats: true }] };
    await page.evaluate((json) => window.localStorage.setItem('repayment-planner:case', json), JSON.stringify(threatOnly));
    await page.reload();
    await expect(page.getByTestId('suggested-stop-third-party-contact')).toHaveText(' （建议：你的催收记录里有联系或威胁联系他人的情况）');
  });

  test('a rate typed 100 times too high (5 for 0.05% a day) is questioned where it is typed', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: '试用示例' }).click(); // 0.05% a day
    await expect(page.getByTestId('rate-check')).toHaveCount(0);
    await page.getByLabel('利率数值').fill('5');
    // 5% a day × 360 = 1,800% a year (lib/law/warnings.ts rate-check).
    await expect(page.getByTestId('rate-check')).toContainText('合同利率折合年利率1800.00%');
    await page.getByLabel('利率数值').fill('0.05');
    await expect(page.getByTestId('rate-check')).toHaveCount(0);
  });

  test('a suggested offer over the budget is marked so and is not put in the letter', async ({ page }) => {
    // A reviewer: with income below spending, the 60-month fallback was badged "推荐" and written
    // into the letter by default. The example with no offers of its own, income 3,000 against
    // essentials 4,300 and savings cleared: nothing to spare, so even 60 months are over the budget.
    await page.goto('/');
    await page.getByRole('button', { name: '试用示例' }).click();
    await page.getByRole('button', { name: '删除方案 1' }).click();
    await page.getByLabel('平时每月收入').fill('3000');
    await page.getByLabel('能拿出来一次性还款的存款').fill('');
    const suggestion = page.locator('#plans .recommended');
    await expect(suggestion).toContainText('超出预算');
    await expect(suggestion).not.toContainText('推荐');
    const letter = page.locator('#letter');
    await expect(letter).toContainText('建议的方案超出你的预算，信里不会提出它');
    await expect(letter).not.toContainText('信里会提出建议的方案：');
  });

  test('a letter as of an earlier day says so, and moves to today in one click', async ({ page }) => {
    const today = todayIso(new Date());
    await page.goto('/');
    await page.getByRole('button', { name: '试用示例' }).click(); // worked out as of 2025-09-01
    const note = page.getByTestId('letter-date-note');
    await expect(note).toContainText('都是按 2025年9月1日（第 2 步“算到哪一天”）算的');
    await note.getByRole('button', { name: '改成今天' }).click();
    await expect(page.getByLabel('算到哪一天')).toHaveValue(today);
    await expect(page.getByLabel('算到哪一天')).toBeFocused();
    await expect(note).toBeHidden();
    // The example's offer starts 2025-10-01, a month after its as-of date: moved as many months
    // on as the as-of date, it starts on the 1st of the month after today's, not in the past.
    const [y, m] = [Number(today.slice(0, 4)), Number(today.slice(5, 7))];
    const nextMonth = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
    await expect(page.locator('#f-plans-0-firstDate')).toHaveValue(nextMonth);
    await expect(page.getByTestId('payoff')).toHaveText(formatMoney(reportFor({ ...EXAMPLE_CASE, asOf: today }).statement.payoff));
  });

  test('amounts typed as people write them: 1.5万, 1,100.16, full-width digits, a rate with its % sign', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: '试用示例' }).click();
    await page.getByLabel('借款金额（合同本金）').fill('1.5万');
    await page.getByLabel('第 1 笔还款的金额').fill('１，１００．１６');
    // A rate copied from the contract with its % sign (a review was told it "must be a percentage").
    await page.getByLabel('利率数值').fill('0.05%');
    const loan = { ...EXAMPLE_CASE.loan, principal: '15000' };
    await expect(page.getByTestId('payoff')).toHaveText(formatMoney(reportFor({ ...EXAMPLE_CASE, loan }).statement.payoff));
    await expect.poll(async () => {
      const saved = (await storedCase(page)) as { loan: { principal: string; rate: { value: string } }; payments: Array<{ amount: string }> } | null;
      return [saved?.loan.principal, saved?.payments[0]?.amount, saved?.loan.rate.value];
    }).toEqual(['15000', '1100.16', '0.05']);
  });

  test('keyboard only: the language, the example and the result are reachable and usable', async ({ page }) => {
    await page.goto('/');
    const focused = async () => page.evaluate(() => document.activeElement?.textContent ?? '');
    for (let i = 0; i < 10 && (await focused()) !== '试用示例'; i++) await page.keyboard.press('Tab');
    expect(await focused()).toBe('试用示例');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('payoff')).toBeVisible();
    const summary = page.locator('summary', { hasText: '逐项明细' });
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('table', { name: '现在的欠款由哪些部分组成' })).toBeVisible();
  });

  test('keyboard: removing a payment or an offer leaves focus in place; a payment after the as-of date is named, not silently dropped', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: '试用示例' }).click();
    // The example has 4 payments. Remove the 2nd: focus goes to the row that took its place.
    await page.getByRole('button', { name: '删除第 2 笔还款' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: '删除第 4 笔还款' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: '删除第 2 笔还款' })).toBeFocused();
    // The last one: focus goes to the row before it.
    await page.getByRole('button', { name: '删除第 3 笔还款' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: '删除第 2 笔还款' })).toBeFocused();

    // Three offers (the example's and two more); remove the 1st each time: focus on the offer that
    // moved into its place, and with none left, on "+ 分期还款".
    await page.getByRole('button', { name: '+ 分期还款' }).click();
    await page.getByRole('button', { name: '+ 分期还款' }).click();
    await page.getByRole('button', { name: '删除方案 1' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: '删除方案 3' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: '删除方案 1' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: '删除方案 2' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: '删除方案 1' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: '删除方案 1' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: '+ 分期还款' })).toBeFocused();

    // A payment whose year is mistyped (after the as-of date 2025-09-01): said under the payments and in the result.
    await page.getByLabel('第 2 笔还款的日期').fill('2026-03-15');
    const leftOut = page.getByTestId('payments-left-out');
    await expect(leftOut).toContainText('1笔还款的日期（2026年3月15日）晚于“算到哪一天”（2025年9月1日），没有计入');
    await expect(page.locator('.warnings')).toContainText('没有计入');
  });
});

