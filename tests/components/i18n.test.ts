import { describe, expect, it } from 'vitest';
import { TEXT, TEXT_PARTS, translate } from '@/components/i18n';
import { STAGE_GUIDES } from '@/lib/guidance/stage-guide';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI strings: every visible string in 简体中文 and English', () => {
  it('gives every key a non-empty Chinese and English text', () => {
    for (const [key, text] of Object.entries(TEXT)) {
      expect(text.zh.trim(), key).not.toBe('');
      expect(text.en.trim(), key).not.toBe('');
    }
  });

  it('defines no key twice across the string tables (a later table would silently win)', () => {
    const seen = new Map<string, number>();
    TEXT_PARTS.forEach((part) => Object.keys(part).forEach((k) => seen.set(k, (seen.get(k) ?? 0) + 1)));
    expect([...seen].filter(([, n]) => n > 1).map(([k]) => k)).toEqual([]);
  });

  it('uses the same {placeholders} in both languages', () => {
    for (const [key, text] of Object.entries(TEXT)) {
      expect(placeholders(text.zh), key).toEqual(placeholders(text.en));
    }
  });

  it('uses the singular form for n = 1 where English has one (a review saw "1 entries to correct")', () => {
    expect(translate('en', 'errors.heading', { n: 1 })).toBe('1 entry to correct');
    expect(translate('en', 'errors.heading', { n: 2 })).toBe('2 entries to correct');
    expect(translate('en', 'payments.paste.added', { n: 1 })).toBe('Added 1 payment.');
    expect(translate('en', 'payments.paste.rejected', { n: 1 })).toMatch(/^1 line was not added; it is left/);
    expect(translate('zh', 'errors.heading', { n: 1 })).toBe('有 1 处需要修改');
    // Every singular form belongs to a counted key.
    for (const key of Object.keys(TEXT).filter((k) => k.endsWith('.one'))) {
      const base = (TEXT as Record<string, { en: string }>)[key.slice(0, -'.one'.length)];
      expect(base?.en, key).toContain('{n}');
    }
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('zh', 'plan.title', { n: 2 })).toBe('方案 2');
    expect(translate('en', 'plan.title', { n: 2 })).toBe('Offer 2');
    expect(translate('en', 'plan.title')).toBe('Offer {n}');
  });
});

describe('one name for each overdue stage', () => {
  it('the result names a stage as the guide heads it', () => {
    // A reviewer found 逾期中期 in the result and 逾期1至6个月 in the guide for the same stage.
    for (const guide of STAGE_GUIDES.filter((g) => g.stage !== 'current')) {
      expect(translate('zh', `stage.${guide.stage}`)).toBe(guide.title.zh);
      expect(guide.title.en.toLowerCase()).toContain(translate('en', `stage.${guide.stage}`));
    }
  });
});
