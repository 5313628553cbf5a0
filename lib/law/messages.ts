/** A bilingual message, as every finding and warning carries. */
export interface Words { readonly zh: string; readonly en: string }

export const NOT_LEGAL_ADVICE: Words = {
  zh: '以上为依据公开法律规定的估算，不构成法律意见。',
  en: 'This is an estimate based on published law, not legal advice.',
};

/** A percentage for messages: 0.243 → "24.30%". */
export const pct = (fraction: { times(n: number): { toFixed(d: number): string } }): string => `${fraction.times(100).toFixed(2)}%`;
/** Money for messages: 1234.5 → "1234.50". */
export const yuan = (amount: { toFixed(d: number): string }): string => amount.toFixed(2);
