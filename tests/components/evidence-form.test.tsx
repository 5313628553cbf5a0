// @vitest-environment happy-dom
/**
 * The evidence log's form and count: errors follow the page's language, the conduct labels read
 * as English, and a count of one is singular.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EvidenceForm } from '@/components/evidence-form';
import { EvidenceLog } from '@/components/evidence-log';
import { LangProvider } from '@/components/language';
import type { Lang } from '@/lib/display/lang';
import type { Contact } from '@/lib/guidance/evidence-flags';

afterEach(cleanup);

const errorOf = (input: HTMLElement) => document.getElementById(input.getAttribute('aria-describedby') ?? '')?.textContent ?? '';

describe('the evidence form', () => {
  const onSave = vi.fn();
  const form = (lang: Lang) => (
    <LangProvider value={lang}>
      <EvidenceForm onSave={onSave} onCancel={() => undefined} />
    </LangProvider>
  );

  it('shows its errors in the page’s language, and switches them with the page', () => {
    // A reviewer switched to 中文 with the errors showing: they stayed in English.
    const { rerender } = render(form('en'));
    fireEvent.change(screen.getByLabelText('Who contacted you'), { target: { value: 'x'.repeat(201) } });
    fireEvent.click(screen.getByRole('button', { name: 'Save this contact' }));
    expect(errorOf(screen.getByLabelText('Date and time'))).toBe('Enter the date and time (to the minute).');
    expect(errorOf(screen.getByLabelText('Who contacted you'))).toBe('Too long: at most 200 characters.');

    rerender(form('zh'));
    expect(errorOf(screen.getByLabelText('日期和时间'))).toBe('请填写日期和时间（精确到分钟）。');
    expect(errorOf(screen.getByLabelText('对方是谁'))).toBe('太长了：最多 200 个字。');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('asks about threats in plain English, the Chinese saying the same', () => {
    render(form('en'));
    expect(screen.getByRole('checkbox', { name: 'They threatened violence or my safety' })).toBeTruthy();
    cleanup();
    render(form('zh'));
    expect(screen.getByRole('checkbox', { name: '威胁人身安全或以暴力相威胁' })).toBeTruthy();
  });
});

describe('the log’s count', () => {
  const threat: Contact = { at: '2025-06-03T09:30', channel: 'sms', who: 'A law firm', threats: true };
  const call: Contact = { at: '2025-06-01T14:05', channel: 'call', who: 'Collector' };
  const count = (lang: Lang, contacts: ReadonlyArray<Contact>) => {
    render(
      <LangProvider value={lang}>
        <EvidenceLog contacts={contacts} onChange={() => undefined} />
      </LangProvider>,
    );
    const text = screen.getByTestId('log-count').textContent;
    cleanup();
    return text;
  };

  it('says “1 contact”, not “1 contacts”; Chinese has no plural', () => {
    expect(count('en', [threat])).toBe('1 contact logged, 1 flagged.');
    expect(count('en', [call, threat])).toBe('2 contacts logged, 1 flagged.');
    expect(count('zh', [threat])).toBe('共 1 条记录，其中 1 条涉嫌违规。');
  });
});
