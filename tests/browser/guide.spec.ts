import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { buildComplaint } from '../../lib/guidance/complaint-letter';
import { parseCase } from '../../lib/case/parse-case';
import { expectNoAxeViolations, reportFor, storedCase } from './planner-steps';
import { LABELS_ZH, logContact, openGuideWith, OVERDUE_100, rawPdfText } from './guide-steps';

/** Three contacts: an ordinary call, a threatening text, a call at 23:10 to the borrower's mother. */
const THREE = [
  { at: '2025-06-01T14:05', channel: 'call', who: '自称某小贷催收员', summary: '要求三天内还清' },
  { at: '2025-06-03T09:30', channel: 'sms', who: '自称某律师事务所', summary: '称不还钱就上门抓人', conduct: ['威胁人身安全或以暴力相威胁'], files: 'sms-0603.png' },
  { at: '2025-06-05T23:10', channel: 'call', who: '催收员打给我母亲', summary: '告诉母亲我欠钱，要她代还', conduct: ['联系了我的家人、朋友、同事或通讯录里的其他人'], files: 'call-0605-2310.m4a' },
];

test.describe('the guide (处境与应对), in Chinese', () => {
  test('a case 100 days overdue is marked at the mid stage, with what happens next and the next step', async ({ page }) => {
    await openGuideWith(page, OVERDUE_100);
    expect(reportFor(OVERDUE_100).stage).toBe('mid');
    await expect(page.getByTestId('stage-status')).toHaveText('截至2025年6月9日已逾期 100 天。');
    const here = page.locator('.timeline-stage[aria-current="step"]');
    await expect(here).toHaveCount(1);
    await expect(here).toHaveAttribute('data-stage', 'mid');
    await expect(here).toContainText('你在这里');
    await expect(here).toContainText('逾期31–180天');
    await expect(here).toContainText('可能收到“律师函”');
    await expect(here).toContainText('最好的下一步：核实律师函真伪');
    await expect(page.locator('#stage')).toContainText('《征信业管理条例》第十六条');
    // Card holders, whatever their stage: the 60-month personalised instalment, cited (LAW.md §8).
    await expect(page.locator('#stage')).toContainText('可以与银行协商“个性化分期”还款，最长60个月。');
    await expect(page.locator('#stage')).toContainText('《商业银行信用卡业务监督管理办法》第七十条');
    // Far from the three years: one calm line, the explanation folded under it; Enter opens it.
    const limit = page.getByTestId('time-barred');
    await expect(limit).toHaveAttribute('data-state', 'calm');
    await expect(limit.locator('summary')).toHaveText('按你填写的信息，这笔债务没有超过三年诉讼时效。');
    await expect(limit.getByText('诉讼时效是出借人通过法院要求还款的期限', { exact: false })).toBeHidden();
    await limit.locator('summary').focus();
    await page.keyboard.press('Enter');
    await expect(limit.getByText('诉讼时效是出借人通过法院要求还款的期限', { exact: false })).toBeVisible();
    await expect(page.getByText('这里是一般信息，不构成法律意见。', { exact: false })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('a fake “lawyer text” demanding a fee to a personal account: likely a scam, and what to do', async ({ page }) => {
    await page.goto('/guide');
    await page.getByRole('group', { name: /个人账户/ }).getByLabel('是').check();
    await page.getByRole('group', { name: /已立案/ }).getByLabel('是').check();
    await page.getByRole('group', { name: /律师事务所全称/ }).getByLabel('否').check();
    const verdict = page.getByTestId('check-verdict');
    await expect(verdict).toHaveAttribute('data-verdict', 'likely-scam');
    await expect(verdict).toContainText('判断：很可能是诈骗');
    await expect(verdict).toContainText('不存在交费撤诉');
    await expect(verdict).toContainText('任何情况下都不要为“撤诉”“停止起诉”交费。');
    await expect(verdict).toContainText('由法院通过正式渠道送达');
    // How to check whether a case was filed, with every verdict (a review found "可疑" said nothing of it).
    await expect(page.getByTestId('check-verify')).toContainText('拨打 12368 诉讼服务热线（全国法院统一号码）查询，或在最高人民法院官方的“人民法院在线服务”平台');
    // Three of nine answered: the other six are counted, not given as reasons.
    await expect(page.getByTestId('check-unanswered')).toHaveText('还有 6 个问题没有回答：回答完，判断才完整。');
    // No fee asked but a threat of arrest: suspicious, saying why a civil debt does not lead to
    // arrest, with the law cited.
    await page.getByRole('group', { name: /个人账户/ }).getByLabel('否').check();
    await page.getByRole('group', { name: /因欠款被拘留/ }).getByLabel('是').check();
    await expect(verdict).toHaveAttribute('data-verdict', 'suspicious');
    // Reasons only for what was answered: the text claiming a case is filed, the threat, no firm named (not, say, the hours).
    await expect(verdict.locator('h3 + ul').first().locator('li')).toHaveCount(3);
    await expect(verdict).toContainText('还不上钱本身不是犯罪');
    await expect(verdict.locator('cite')).toHaveText('《中华人民共和国刑法》第三百一十三条、第一百九十六条');
    // Clearing by keyboard: the button goes with the answers, and focus goes to the first question,
    // not to the top of the page (a review found it on <body>).
    await page.getByRole('button', { name: '清空答案' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('check-verdict')).toHaveText('');
    await expect(page.getByRole('group', { name: /个人账户/ }).getByLabel('是')).toBeFocused();
    await page.getByRole('group', { name: /个人账户/ }).getByLabel('是').check();
    // The answers are not kept: a reload starts afresh.
    await page.reload();
    await expect(page.getByTestId('check-verdict')).toHaveText('');
  });

  test('the reviewer’s text pasted: clues found on the device, suggested answers applied on request, nothing sent', async ({ page }) => {
    await page.goto('/guide');
    await page.waitForLoadState('networkidle');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    await page.getByLabel('粘贴收到的短信或消息（可选）').fill('您已被立案，律师函已发出，将上门催收并通知您的单位');
    await expect(page.getByTestId('check-paste-status')).toHaveText('在文字中找到与 2 个问题有关的字词：');
    await page.getByRole('button', { name: '按建议把这些问题答“是”' }).click();
    await expect(page.getByRole('group', { name: /已立案/ }).getByLabel('是')).toBeChecked();
    await expect(page.getByRole('group', { name: /通知你的单位/ }).getByLabel('是')).toBeChecked();
    await expect(page.getByRole('group', { name: /上门抓人/ }).getByLabel('是')).not.toBeChecked();
    await expect(page.getByRole('group', { name: /通知你的单位/ })).toHaveAccessibleDescription('按粘贴的文字建议（“单位”），请核对。');
    await expect(page.getByTestId('check-verdict')).toHaveAttribute('data-verdict', 'suspicious');
    await expectNoAxeViolations(page);
    expect(requests).toEqual([]);
  });

  test('logs three contacts; the 23:10 call to a relative is flagged late at night and third-party; saved with the case and exported with it', async ({ page }) => {
    await openGuideWith(page, OVERDUE_100);
    for (const c of [THREE[2]!, THREE[0]!, THREE[1]!]) await logContact(page, c, LABELS_ZH);
    await expect(page.getByTestId('log-count')).toHaveText('共 3 条记录，其中 2 条涉嫌违规。');

    const rows = page.getByTestId('evidence-row');
    await expect(rows).toHaveCount(3);
    const night = rows.nth(2); // in time order
    await expect(night).toContainText('2025年6月5日 23:10');
    await expect(night.locator('[data-flag]')).toHaveCount(2);
    await expect(night.locator('[data-flag="late-night"]')).toContainText('深夜催收：22:00至次日08:00之间联系');
    // The rules on collection hours: the 2025 national standard and the 2026 banking association guideline.
    await expect(night.locator('[data-flag="late-night"]')).toContainText('国家标准《互联网金融 个人网络消费信贷 贷后催收风控指引》（2025年发布）');
    await expect(night.locator('[data-flag="late-night"]')).toContainText('中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》（2026年）');
    await expect(night.locator('[data-flag="third-party"]')).toContainText('《中华人民共和国个人信息保护法》第十条');
    await expect(rows.nth(0)).toContainText('未发现违规');
    await expect(rows.nth(1).locator('[data-flag="threats"]')).toContainText('110');

    const stored = (await storedCase(page)) as { evidence: unknown[] };
    expect(stored.evidence).toEqual([
      { at: '2025-06-01T14:05', channel: 'call', who: '自称某小贷催收员', summary: '要求三天内还清' },
      { at: '2025-06-03T09:30', channel: 'sms', who: '自称某律师事务所', summary: '称不还钱就上门抓人', threats: true, attachments: ['sms-0603.png'] },
      { at: '2025-06-05T23:10', channel: 'call', who: '催收员打给我母亲', summary: '告诉母亲我欠钱，要她代还', thirdParty: true, attachments: ['call-0605-2310.m4a'] },
    ]);

    // Edit and delete by keyboard; the log survives a reload.
    await page.getByRole('button', { name: '修改第 1 条' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('日期和时间')).toBeFocused();
    await page.getByLabel('说了什么、做了什么').fill('要求三天内还清，语气强硬');
    await page.getByRole('button', { name: '保存这条记录' }).press('Enter');
    await expect(rows.nth(0)).toContainText('语气强硬');
    await expect(rows.nth(0)).toBeFocused();
    await page.reload();
    await expect(page.getByTestId('evidence-row')).toHaveCount(3);
    await expect(page.getByTestId('evidence-row').nth(0)).toContainText('语气强硬');

    // The planner exports the case with its log, and export → import → export is byte for byte the same.
    await page.getByRole('link', { name: /还款规划/ }).first().click();
    const exportCase = async () => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出案件文件' }).click()]);
      return readFile(await download.path());
    };
    const first = await exportCase();
    const exported = JSON.parse(first.toString('utf8')) as { evidence: Array<{ summary?: string }> };
    expect(exported.evidence).toHaveLength(3);
    expect(exported.evidence[0]!.summary).toBe('要求三天内还清，语气强硬');
    await page.setInputFiles('#import-file', { name: 'case.json', mimeType: 'application/json', buffer: first });
    await expect(page.getByTestId('notice')).toContainText('已导入 case.json');
    expect((await exportCase()).equals(first)).toBe(true);
    await expectNoAxeViolations(page);

    // Deleting from the guide.
    await page.goto('/guide');
    await page.getByRole('button', { name: '删除第 2 条' }).click();
    await expect(page.getByTestId('evidence-row')).toHaveCount(2);
    await expect(page.getByRole('button', { name: '+ 记下一次联系' })).toBeFocused();
    // A mistaken delete is undone from the keyboard: the next stop after the add button. The
    // contact comes back in its place, focused, and stays after a reload (the draft has it).
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: '撤销删除' })).toBeFocused();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('evidence-row')).toHaveCount(3);
    await expect(page.getByTestId('evidence-row').nth(1)).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: '刚删除的记录已恢复。' })).toBeVisible();
    await page.reload();
    await expect(page.getByTestId('evidence-row')).toHaveCount(3);
    await expect(page.getByTestId('evidence-row').nth(1)).toContainText('自称某律师事务所');
  });

  test('downloads the complaint PDF: addressed to the channel chosen, the incidents listed in its table', async ({ page }) => {
    const draft = {
      ...OVERDUE_100,
      evidence: [
        { at: '2025-06-01T14:05', channel: 'call', who: '自称某小贷催收员', summary: '要求三天内还清' },
        { at: '2025-06-03T09:30', channel: 'sms', who: '自称某律师事务所', summary: '称不还钱就上门抓人', threats: true, attachments: ['sms-0603.png'] },
        { at: '2025-06-05T23:10', channel: 'call', who: '催收员打给我母亲', summary: '告诉母亲我欠钱，要她代还', thirdParty: true, attachments: ['call-0605-2310.m4a'] },
      ],
    };
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    // The complaint is dated the day it is made, not the case's as-of date (2025-06-09), which comes
    // before contacts logged later (a review found a complaint dated 14 months before its events).
    await page.clock.setFixedTime(new Date('2026-11-23T10:00:00'));
    await openGuideWith(page, draft);
    await page.waitForLoadState('networkidle');
    expect(requests.filter((u) => u.includes('/fonts/'))).toEqual([]);
    // Threats: the police first, as suggested; the user picks the financial regulator.
    await expect(page.getByRole('radio', { name: /110 报警/ })).toBeChecked();
    await page.getByRole('radio', { name: /12378/ }).check();
    // Beside 12378: microloan companies answer to the local financial regulator too (verify-marked source).
    await expect(page.getByRole('radio', { name: /12378/ })).toHaveAccessibleDescription(/^小额贷款公司.*地方金融管理部门监管.*12345 政务服务便民热线。.*《小额贷款公司监督管理暂行办法》（金规〔2024〕26号） \[待核实/);
    const button = page.getByRole('button', { name: '下载投诉书（PDF）' });
    await button.focus();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('催收投诉-某小贷公司-2026-11-23.pdf');
    const path = test.info().outputPath('complaint.pdf');
    await download.saveAs(path);
    await expect(page.locator('#complaint [role="status"]')).toHaveText('已生成并保存。');
    await expect(button).toBeFocused(); // kept through the making, by keyboard
    expect(requests.every((u) => new URL(u).origin === new URL(page.url()).origin)).toBe(true);

    const text = rawPdfText(path);
    const parsed = parseCase(draft);
    if (!parsed.ok) throw new Error('invalid');
    const letter = buildComplaint(parsed.file, reportFor(draft), { channel: '12378', date: '2026-11-23' });
    expect(text).toContain('日期：2026年11月23日');
    expect(text).toContain('事由：投诉违规催收');
    expect(text).toContain('金融监管部门（12378金融消费者投诉热线）');
    expect(text).toContain('附件：催收记录表');
    for (const row of letter.incidents.rows) expect(text).toContain(row.join('').replace(/\s+/g, ''));
    expect(text).toContain('2025-06-0523:10电话催收员打给我母亲');
    expect(text).toContain('深夜催收（22:00至次日08:00之间联系）');
    expect(text).toContain('不构成法律意见');
  });

  test('the reviewer’s text (“您已被立案…通知您的单位”): a false legal claim and a threat to tell the employer, flagged and in the complaint’s table', async ({ page }) => {
    // Before, no box fitted it: the log said “未发现违规” and the complaint's table “—”.
    await page.clock.setFixedTime(new Date('2026-11-23T10:00:00'));
    await openGuideWith(page, OVERDUE_100);
    await logContact(page, {
      at: '2025-06-06T10:15', channel: 'sms', who: '自称某律师事务所', summary: '您已被立案，律师函已发出，将上门催收并通知您的单位',
      conduct: ['谎称已起诉或已立案、冒充律师或律所，或用拘留、坐牢、“上门抓人”吓唬我', '威胁要把欠款的事告诉我的单位、家人或通讯录里的人'],
    }, LABELS_ZH);
    const row = page.getByTestId('evidence-row');
    await expect(row.locator('[data-flag]')).toHaveCount(2);
    await expect(row.locator('[data-flag="false-legal-claims"]')).toContainText('虚假或误导性的法律说法：谎称已起诉、已立案');
    await expect(row.locator('[data-flag="third-party-threats"]')).toContainText('中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》（2026年） [待核实');
    await expect(row.locator('[data-flag="third-party-threats"]')).toContainText('可投诉至：12378 金融消费者投诉热线（金融监管部门） · 出借人官方客服投诉渠道');
    await expect(row).not.toContainText('未发现违规');
    expect(((await storedCase(page)) as { evidence: unknown[] }).evidence).toEqual([
      { at: '2025-06-06T10:15', channel: 'sms', who: '自称某律师事务所', summary: '您已被立案，律师函已发出，将上门催收并通知您的单位', thirdPartyThreats: true, falseLegalClaims: true },
    ]);
    await expectNoAxeViolations(page);

    await expect(page.getByRole('radio', { name: /12378/ })).toBeChecked();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载投诉书（PDF）' }).click()]);
    const path = test.info().outputPath('complaint-legal-threats.pdf');
    await download.saveAs(path);
    const text = rawPdfText(path);
    expect(text).toContain('2025-06-0610:15短信自称某律师事务所您已被立案，律师函已发出，将上门催收并通知您的单位威胁将本人欠款告知本人的工作单位、家人或通讯录联系人谎称已起诉、已立案，冒充律师或律师事务所');
  });

  test('a first visit: a contact logged, the lender named in the planner, and the complaint made without the loan described', async ({ page }) => {
    // Someone harassed today, with no loan papers at hand: the log and the lender's name are enough.
    await page.clock.setFixedTime(new Date('2026-11-23T10:00:00'));
    await page.goto('/guide');
    await logContact(page, { at: '2026-11-20T23:10', channel: 'call', who: '催收员打给我母亲', conduct: ['联系了我的家人、朋友、同事或通讯录里的其他人'] }, LABELS_ZH);
    await expect(page.getByTestId('complaint-no-loan')).toContainText('规划页里的借款信息还不完整或有错误，投诉书将只写明你在该出借人处有借款');
    // No lender named yet: said, and no PDF.
    await page.getByRole('button', { name: '下载投诉书（PDF）' }).click();
    await expect(page.locator('#complaint [role="status"]')).toHaveText('生成失败：请先在还款规划里填写出借人名称：投诉书要写明被投诉方。');

    await page.getByRole('link', { name: '← 回到还款规划' }).click();
    await page.getByLabel('出借方名称').fill('某小贷公司');
    await expect.poll(async () => ((await storedCase(page)) as { lender: { name: string } }).lender.name).toBe('某小贷公司');
    await page.goto('/guide');
    await expect(page.getByTestId('evidence-row')).toHaveCount(1);
    await expect(page.getByRole('radio', { name: /12378/ })).toBeChecked();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载投诉书（PDF）' }).click()]);
    expect(download.suggestedFilename()).toBe('催收投诉-某小贷公司-2026-11-23.pdf');
    const path = test.info().outputPath('complaint-no-loan.pdf');
    await download.saveAs(path);
    const text = rawPdfText(path);
    expect(text).toContain('本人在被投诉方处有一笔借款，被投诉方目前正在向本人催收。');
    expect(text).toContain('以上反映的仅是催收行为，不构成本人对任何欠款金额的确认。');
    expect(text).not.toContain('合同本金');
    expect(text).toContain('2026-11-2023:10电话催收员打给我母亲');
    await expectNoAxeViolations(page);
  });
});
