/** The guide's strings (components/i18n-guide.ts): both languages, the same values, English counts that agree. */
import { describe, expect, it } from 'vitest';
import { GUIDE_TEXT, guideText } from '@/components/i18n-guide';

const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)[}|]/g)].map((m) => m[1]))].sort();

describe('the guide’s strings', () => {
  it('fill the same {placeholders} in both languages', () => {
    for (const [key, text] of Object.entries(GUIDE_TEXT)) expect(placeholders(text.zh), key).toEqual(placeholders(text.en));
  });

  it('put an English count in the singular for 1 only', () => {
    expect(guideText('en', 'stage.days', { days: 1, asOf: '2 March 2025' })).toBe('1 day overdue as of 2 March 2025.');
    expect(guideText('en', 'stage.days', { days: 100, asOf: '9 June 2025' })).toBe('100 days overdue as of 9 June 2025.');
    expect(guideText('en', 'log.count', { n: 1, flagged: 0 })).toBe('1 contact logged, 0 flagged.');
    expect(guideText('en', 'log.count', { n: 3, flagged: 2 })).toBe('3 contacts logged, 2 flagged.');
    expect(guideText('zh', 'stage.days', { days: 1, asOf: '2025年3月2日' })).toBe('截至2025年3月2日已逾期 1 天。');
  });

  it('leave a count without its value visible, as any placeholder', () => {
    expect(guideText('en', 'log.count', { flagged: 2 })).toBe('{n} {n|contact|contacts} logged, 2 flagged.');
  });
});
