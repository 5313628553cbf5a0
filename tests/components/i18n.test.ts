import { describe, expect, it } from 'vitest';
import { TEXT, TEXT_PARTS, translate } from '@/components/i18n';

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

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('zh', 'plan.title', { n: 2 })).toBe('方案 2');
    expect(translate('en', 'plan.title', { n: 2 })).toBe('Offer 2');
    expect(translate('en', 'plan.title')).toBe('Offer {n}');
  });
});
