// @vitest-environment happy-dom
/**
 * The example follows the page's language when it is loaded: an English page gets an English
 * lender, borrower, source of the demand and hardship (a review found an English letter "To
 * 京东金条…", "I, 张三, …", "by 短信"), with the same figures, so every result is the same.
 */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_CASES, exampleCase } from '@/components/example-case';
import { Planner } from '@/components/planner';
import { plannerTestHooks } from './harness';
import { analyze } from '@/lib/analyze';
import { letterFromJson, letterText } from '@/lib/letter';
import type { Report } from '@/lib/report/types';

function reportOf(raw: unknown): Report {
  const result = analyze(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.report;
}

/** The case file without the words a borrower types: what is left is figures, dates and choices. */
function withoutText(raw: unknown): unknown {
  const c = structuredClone(raw) as Record<string, Record<string, unknown>>;
  delete c.lender!.name;
  delete c.borrower!.name;
  delete c.claim!.source;
  delete c.letter!.hardship;
  return c;
}

const CJK = /[\u3400-\u9fff\uff00-\uffef]/;

describe('the example in each language', () => {
  it('differs only in its free text, so the engine gives the same analysis for both', () => {
    expect(withoutText(exampleCase('en'))).toEqual(withoutText(exampleCase('zh')));
    expect(reportOf(exampleCase('en'))).toEqual(reportOf(exampleCase('zh')));
    // And the free text really is in each language.
    for (const text of [EXAMPLE_CASES.en.lender.name, EXAMPLE_CASES.en.borrower.name, EXAMPLE_CASES.en.claim.source, EXAMPLE_CASES.en.letter.hardship]) {
      expect(text).not.toMatch(CJK);
    }
    expect(exampleCase().lender?.name).toBe('京东金条（重庆京东盛际小额贷款有限公司）');
  });

  it('writes an English letter with English names, source and hardship', () => {
    const en = exampleCase('en');
    const result = letterFromJson(en, reportOf(en), { language: 'en' });
    if (!result.ok) throw new Error(result.message.en);
    const text = letterText(result.letter).join('\n');
    expect(text).toContain('JD Jintiao (Chongqing Jingdong Shengji Microcredit Co., Ltd.)');
    expect(text).toContain('I, Zhang San, am your borrower');
    expect(text).toContain('asked me (by text message) to pay');
    expect(text).toContain('Since May this year my income has halved');
    for (const zh of ['京东金条', '张三', '短信', '今年五月']) expect(text).not.toContain(zh);
  });
});

describe('"Try an example" in the planner', () => {
  plannerTestHooks();

  it('loads the example in the language the page is in at that moment', async () => {
    render(<Planner />);
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    fireEvent.click(screen.getByRole('button', { name: 'Try an example' }));
    await waitFor(() => expect((screen.getByLabelText("Lender's name") as HTMLInputElement).value).toBe(EXAMPLE_CASES.en.lender.name));
    expect((screen.getByLabelText(/^Your hardship/) as HTMLTextAreaElement).value).toBe(EXAMPLE_CASES.en.letter.hardship);

    fireEvent.click(screen.getByRole('button', { name: '中文' }));
    fireEvent.click(screen.getByRole('button', { name: '试用示例' }));
    await waitFor(() => expect((screen.getByLabelText('出借方名称') as HTMLInputElement).value).toBe(EXAMPLE_CASES.zh.lender.name));
  });
});
