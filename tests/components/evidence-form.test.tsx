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
    fireEvent.change(screen.getByLabelText('Date and time'), { target: { value: '' } });
    fireEvent.change(screen.getByLabelText('Who contacted you'), { target: { value: 'x'.repeat(201) } });
    fireEvent.click(screen.getByRole('button', { name: 'Save this contact' }));
    expect(errorOf(screen.getByLabelText('Date and time'))).toBe('Enter the date and time (to the minute).');
    expect(errorOf(screen.getByLabelText('Who contacted you'))).toBe('Too long: at most 200 characters.');

    rerender(form('zh'));
    expect(errorOf(screen.getByLabelText('日期和时间'))).toBe('请填写日期和时间（精确到分钟）。');
    expect(errorOf(screen.getByLabelText('对方是谁'))).toBe('太长了：最多 200 个字。');
    expect(onSave).not.toHaveBeenCalled();
  });

  it('starts a new contact at the current minute, local time; an edited one keeps its own', () => {
    // A review found the time empty: most contacts are logged just after they happen.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 10, 24, 9, 5, 42)); // 24 Nov 2026, 09:05:42 local
    try {
      const { unmount } = render(form('zh'));
      expect((screen.getByLabelText('日期和时间') as HTMLInputElement).value).toBe('2026-11-24T09:05');
      unmount();
      render(
        <LangProvider value="zh">
          <EvidenceForm contact={{ at: '2025-08-28T23:10', channel: 'call', who: '催收员' }} number={1} onSave={onSave} onCancel={() => undefined} />
        </LangProvider>,
      );
      expect((screen.getByLabelText('日期和时间') as HTMLInputElement).value).toBe('2025-08-28T23:10');
    } finally {
      vi.useRealTimers();
    }
  });

  it('asks about threats in plain English, the Chinese saying the same', () => {
    render(form('en'));
    expect(screen.getByRole('checkbox', { name: 'They threatened violence or my safety' })).toBeTruthy();
    cleanup();
    render(form('zh'));
    expect(screen.getByRole('checkbox', { name: '威胁人身安全或以暴力相威胁' })).toBeTruthy();
  });
});

describe('false legal claims and threats to tell others', () => {
  it('are two boxes of their own, saved as the case file’s falseLegalClaims and thirdPartyThreats, and flagged in the log', () => {
    // The reviewer's text: "您已被立案，律师函已发出，将上门催收并通知您的单位" (2025-08-26 10:15, daytime).
    const saved: Contact[] = [];
    render(<LangProvider value="zh"><EvidenceForm onSave={(c) => saved.push(c)} onCancel={() => undefined} /></LangProvider>);
    fireEvent.change(screen.getByLabelText('日期和时间'), { target: { value: '2025-08-26T10:15' } });
    fireEvent.change(screen.getByLabelText('方式'), { target: { value: 'sms' } });
    fireEvent.change(screen.getByLabelText('对方是谁'), { target: { value: '自称某律师事务所' } });
    fireEvent.click(screen.getByRole('checkbox', { name: '谎称已起诉或已立案、冒充律师或律所，或用拘留、坐牢、“上门抓人”吓唬我' }));
    fireEvent.click(screen.getByRole('checkbox', { name: '威胁要把欠款的事告诉我的单位、家人或通讯录里的人' }));
    // A threat to tell them is not contacting them: that box stays unticked.
    expect((screen.getByRole('checkbox', { name: '联系了我的家人、朋友、同事或通讯录里的其他人' }) as HTMLInputElement).checked).toBe(false);
    expect(screen.getByRole('checkbox', { name: /谎称已起诉/ }).getAttribute('aria-describedby')).toBe('evidence-falseLegalClaims-hint');
    fireEvent.click(screen.getByRole('button', { name: '保存这条记录' }));
    expect(saved).toEqual([{ at: '2025-08-26T10:15', channel: 'sms', who: '自称某律师事务所', thirdPartyThreats: true, falseLegalClaims: true }]);
    cleanup();

    render(<LangProvider value="en"><EvidenceLog contacts={saved} onChange={() => undefined} /></LangProvider>);
    expect(screen.getByTestId('log-count').textContent).toBe('1 contact logged, 1 flagged.');
    const flags = [...document.querySelectorAll('[data-flag]')];
    expect(flags.map((f) => f.getAttribute('data-flag'))).toEqual(['third-party-threats', 'false-legal-claims']);
    expect(flags[0]!.querySelector('strong')!.textContent).toBe('Threatening to tell your employer, family or contacts about the debt');
    expect(flags[1]!.textContent).toContain('Complain to: 12378, the financial regulator’s consumer complaint line · the lender’s own official complaint line');
    expect(screen.queryByText('Nothing flagged')).toBeNull();
  });

  it('read in English as in Chinese, and an edited contact keeps them', () => {
    const contact: Contact = { at: '2025-08-26T10:15', channel: 'sms', who: 'A law firm', falseLegalClaims: true, thirdPartyThreats: true };
    render(<LangProvider value="en"><EvidenceForm contact={contact} onSave={onSaveNothing} onCancel={() => undefined} /></LangProvider>);
    expect((screen.getByRole('checkbox', { name: /^They falsely said I had been sued/ }) as HTMLInputElement).checked).toBe(true);
    expect((screen.getByRole('checkbox', { name: 'They threatened to tell my employer, family or contacts about the debt' }) as HTMLInputElement).checked).toBe(true);
  });
});

const onSaveNothing = () => undefined;

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
