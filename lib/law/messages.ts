import { formatDay, type Day } from '../calendar';
import type { Decimal } from '../decimal';
import { formatDate } from '../display/format-date';
import { formatMoney } from '../display/format-money';
import type { Lang } from '../display/lang';

/** A bilingual message, as every finding and warning carries. */
export interface Words { readonly zh: string; readonly en: string }

export const NOT_LEGAL_ADVICE: Words = {
  zh: '以上为依据公开法律规定的估算，不构成法律意见。',
  en: 'This is an estimate based on published law, not legal advice.',
};

/** A percentage for messages: 0.243 → "24.30%". */
export const pct = (fraction: { times(n: number): { toFixed(d: number): string } }): string => `${fraction.times(100).toFixed(2)}%`;

/**
 * Money for messages, written as the screens write the figures beside them (lib/display):
 * 1234.5 → "¥1,234.50" in both languages, so a sentence never says "1234.50元" next to a
 * figure shown as "¥1,234.50". Rounded to the fen by Decimal, then grouped as a string.
 */
export const yuan = (amount: Decimal): string => formatMoney(amount.toFixed(2));

/** A date for messages, as the screens write dates: "2025年10月1日" / "1 Oct 2025". */
export const dayText = (d: Day, lang: Lang): string => formatDate(formatDay(d), lang);
