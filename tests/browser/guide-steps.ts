import { expect, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { CASE_KEY } from './planner-steps';

/** A bullet loan of 5,000 due 2025-03-01, unpaid; as of 2025-06-09 it is 100 days overdue (30 + 31 + 30 + 9). */
export const OVERDUE_100 = {
  format: 'repayment-case/1',
  asOf: '2025-06-09',
  lender: { name: '某小贷公司', kind: 'licensed' },
  borrower: { name: '李明' },
  loan: { principal: '5000.00', startDate: '2025-02-01', firstDueDate: '2025-03-01', termMonths: 1, rate: { value: '18', per: 'year' }, method: 'bullet' },
};

/** Puts a case in this browser's draft, as the planner keeps it, and opens the guide. */
export async function openGuideWith(page: Page, draft: unknown): Promise<void> {
  await page.goto('/guide');
  await page.evaluate(([key, json]) => window.localStorage.setItem(key, json), [CASE_KEY, JSON.stringify(draft)] as const);
  await page.reload();
}

export interface LoggedContact {
  readonly at: string;
  readonly channel: string;
  readonly who: string;
  readonly summary?: string;
  readonly conduct?: ReadonlyArray<string>;
  readonly files?: string;
}

/** Logs one contact through the form, by label, as a borrower would. */
export async function logContact(page: Page, c: LoggedContact, labels: { add: string; at: string; channel: string; who: string; summary: string; files: string; save: string }): Promise<void> {
  await page.getByRole('button', { name: labels.add }).click();
  const form = page.getByTestId('evidence-form');
  await expect(form.getByLabel(labels.at)).toBeFocused();
  await form.getByLabel(labels.at).fill(c.at);
  await form.getByLabel(labels.channel).selectOption(c.channel);
  await form.getByLabel(labels.who).fill(c.who);
  if (c.summary) await form.getByLabel(labels.summary).fill(c.summary);
  for (const label of c.conduct ?? []) await form.getByLabel(label).check();
  if (c.files) await form.getByLabel(labels.files, { exact: true }).fill(c.files);
  await form.getByRole('button', { name: labels.save }).click();
  await expect(form).toHaveCount(0);
}

export const LABELS_ZH = { add: '+ 记下一次联系', at: '日期和时间', channel: '方式', who: '对方是谁', summary: '说了什么、做了什么', files: '证据文件名（录音、截图）', save: '保存这条记录' };
export const LABELS_EN = { add: '+ Log a contact', at: 'Date and time', channel: 'Channel', who: 'Who contacted you', summary: 'What was said or done', files: 'Evidence file names (recordings, screenshots)', save: 'Save this contact' };

/** pdftotext -raw, whitespace removed: a table's cells come out one after another. */
export const rawPdfText = (path: string): string => execFileSync('pdftotext', ['-raw', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
