import { Decimal } from '../decimal';
import type { LetterLanguage } from './types';

/**
 * Presentation of the engine's figures: digits grouped, never recomputed.
 * Money from the report is a decimal string with two decimals ("12000.00" → "12,000.00").
 */
export function formatMoney(amount: string): string {
  const fixed = new Decimal(amount).toFixed(2);
  const negative = fixed.startsWith('-');
  const [whole = '0', fen = '00'] = (negative ? fixed.slice(1) : fixed).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}.${fen}`;
}

/** Money with its unit: "12,000.00元" or "CNY 12,000.00". */
export function formatYuan(amount: string, language: LetterLanguage): string {
  return language === 'zh' ? `${formatMoney(amount)}元` : `CNY ${formatMoney(amount)}`;
}

/** A rate from the report (a fraction, "0.180004") as a percentage with two decimals: "18.00%". */
export function formatRate(fraction: string): string {
  return `${new Decimal(fraction).times(100).toFixed(2)}%`;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** yyyy-MM-dd as a letter writes it: "2025年9月1日" or "1 September 2025". */
export function formatDate(iso: string, language: LetterLanguage): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return language === 'zh' ? `${y}年${m}月${d}日` : `${d} ${MONTHS[m - 1]} ${y}`;
}
