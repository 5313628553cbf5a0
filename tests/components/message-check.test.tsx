// @vitest-environment happy-dom
/**
 * The message check with a pasted text: the words found suggest answers, applied only on request,
 * marked until the user changes them, never over an answer already given; the verdict then says
 * how to check whether a case was filed. The text is neither stored nor sent.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GuideMessageCheck } from '@/components/guide-message-check';
import { LangProvider } from '@/components/language';
import type { Lang } from '@/lib/display/lang';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const SMS = '您已被立案，律师函已发出，将上门催收并通知您的单位';
const renderCheck = (lang: Lang = 'zh') => render(<LangProvider value={lang}><GuideMessageCheck /></LangProvider>);
const group = (name: RegExp) => screen.getByRole('group', { name });
const checked = (name: RegExp) => within(group(name)).getAllByRole('radio').map((r) => (r as HTMLInputElement).checked);

describe('pasting the message', () => {
  it('shows the clues, and answers “yes” to those questions only when asked, marking each as suggested', () => {
    const fetch = vi.spyOn(globalThis, 'fetch');
    const store = vi.spyOn(Storage.prototype, 'setItem');
    renderCheck();
    fireEvent.change(screen.getByLabelText('粘贴收到的短信或消息（可选）'), { target: { value: SMS } });
    expect(screen.getByTestId('check-paste-status').textContent).toBe('在文字中找到与 2 个问题有关的字词：');
    expect([...screen.getByTestId('check-paste-clues').querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      '“已被立案” → 仅凭短信或链接声称“已起诉”“已立案”或“即将开庭”？',
      '“单位” → 威胁要通知你的单位、家人或通讯录里的人？',
    ]);
    // Nothing is answered until the user asks.
    expect(checked(/已立案/)).toEqual([false, false, false]);

    fireEvent.click(screen.getByRole('button', { name: '按建议把这些问题答“是”' }));
    expect(checked(/已立案/)).toEqual([true, false, false]);
    expect(checked(/通知你的单位/)).toEqual([true, false, false]);
    // A collectors' visit ("上门催收") is not a threat of arrest: that question is left for the user.
    expect(checked(/上门抓人/)).toEqual([false, false, false]);
    expect(group(/通知你的单位/).getAttribute('aria-describedby')).toBe('check-threatens-contacts-suggested');
    expect(document.getElementById('check-threatens-contacts-suggested')!.textContent).toBe('按粘贴的文字建议（“单位”），请核对。');

    const verdict = screen.getByTestId('check-verdict');
    expect(verdict.getAttribute('data-verdict')).toBe('suspicious');
    expect(within(verdict).getByText('怎么核实')).toBeTruthy();
    expect(screen.getByTestId('check-verify').textContent).toContain('拨打 12368 诉讼服务热线');
    expect(screen.getByTestId('check-verify').textContent).toContain('“人民法院在线服务”平台');

    // The user's own answer ends the mark.
    fireEvent.click(within(group(/通知你的单位/)).getByLabelText('否'));
    expect(document.getElementById('check-threatens-contacts-suggested')).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
    expect(store).not.toHaveBeenCalled();
  });

  it('never overrides an answer given, and offers nothing to apply once every clue is answered', () => {
    renderCheck();
    fireEvent.click(within(group(/已立案/)).getByLabelText('否'));
    fireEvent.change(screen.getByLabelText('粘贴收到的短信或消息（可选）'), { target: { value: SMS } });
    fireEvent.click(screen.getByRole('button', { name: '按建议把这些问题答“是”' }));
    expect(checked(/已立案/)).toEqual([false, true, false]);
    expect(checked(/通知你的单位/)).toEqual([true, false, false]);
    expect(screen.queryByRole('button', { name: '按建议把这些问题答“是”' })).toBeNull();
  });

  it('says when no clue is found, in English too, and “Clear the answers” empties the pasted text', () => {
    renderCheck('en');
    const box = screen.getByLabelText('Paste the text or message you received (optional)') as HTMLTextAreaElement;
    fireEvent.change(box, { target: { value: 'Your bill is due. Please pay on time.' } });
    expect(screen.getByTestId('check-paste-status').textContent).toBe('None of the usual pressure words found; please still answer each question.');
    fireEvent.change(box, { target: { value: '请扫码支付撤诉费' } });
    expect(screen.getByTestId('check-paste-status').textContent).toBe('Clues to 1 question in the text:');
    fireEvent.click(screen.getByRole('button', { name: 'Answer “Yes” to these, as suggested' }));
    expect(screen.getByTestId('check-verdict').getAttribute('data-verdict')).toBe('likely-scam');
    expect(document.getElementById('check-fee-to-personal-account-suggested')!.textContent).toBe('Suggested by the pasted text (“撤诉费”): please check.');
    fireEvent.click(screen.getByRole('button', { name: 'Clear the answers' }));
    expect((screen.getByLabelText('Paste the text or message you received (optional)') as HTMLTextAreaElement).value).toBe('');
    expect(screen.getByTestId('check-verdict').textContent).toBe('');
  });
});
