import { halfWidth, typedAmount } from './typed-amount';
import { parseDay } from '@/lib/calendar';

/**
 * Turns a pasted list of payments (one per line, as copied from a banking app, a spreadsheet or
 * a text message) into case rows: `{ date: "yyyy-MM-dd", amount: "1100.16" }`.
 * The amount stays the digits the user pasted, without currency signs, thousands separators or
 * the minus sign a bank statement puts on money going out (万 is read as typed amounts read it:
 * "1.2万" is 12000); the case schema judges it afterwards.
 * A line is rejected, with the reason, when its date or its amount cannot be told for certain:
 * a guess would put a wrong payment in the case without the user noticing.
 */
export interface PastedPayment {
  readonly date: string;
  readonly amount: string;
}

export type RejectReason =
  /** No date in the line. */
  | 'no-date'
  /** A date that is not on the calendar (2025-09-31). */
  | 'bad-date'
  /** 05/08/2025: 5 August or May 8? Either order is in use. */
  | 'ambiguous-date'
  /** A date but no amount after it. */
  | 'no-amount'
  /** Several numbers that could each be the amount (the amount and a balance, say). */
  | 'several-amounts'
  /** An amount in another currency (USD, HK$, $, €, £): the case is in yuan. */
  | 'other-currency'
  /** An amount marked "+", as a statement marks money coming in (the loan paid out, a refund): not a payment. */
  | 'incoming';

export interface RejectedLine {
  readonly line: string;
  readonly reason: RejectReason;
}

export interface PastedList {
  readonly rows: ReadonlyArray<PastedPayment>;
  /** Lines that held something but no date and amount that can be told for certain, as pasted. */
  readonly rejected: ReadonlyArray<RejectedLine>;
}

// Year first: 2025-02-15, 2025/2/15, 2025.2.15, 2025年2月15日 (Chinese banks and apps).
const YEAR_FIRST = /(?<!\d)(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)\s*日?/;
// Year last: 15/08/2025 (day first, as in Britain) or 08/15/2025 (month first, as in the US).
const YEAR_LAST = /(?<!\d)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)/;
// A time of day after the date (10:23 or 10:23:45): its numbers are not amounts.
const TIME = /(?<!\d)\d{1,2}:\d{2}(:\d{2})?(?!\d)/g;
// A number that may be money: an optional sign and currency, digits (thousands grouped by commas
// or not), up to two decimals, an optional 元. Grouping is tried first so that "12,000.50" is one
// number, while "15,1100" (a comma between columns) is two.
// 万 after the number multiplies it by 10,000 ("1.2万元": 12000), so 万 amounts take any decimals.
const NUMBER = /([+\-−]?)\s*(?:[¥￥]|RMB|CNY)?\s*(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?!\d)(\s*万)?(\s*(?:元|RMB|CNY))?/gi;
// Another currency anywhere in the line: the amount is not in yuan, and is not converted.
const OTHER_CURRENCY = /[$€£]|\b(?:USD|HKD|EUR|GBP|JPY)\b/i;

const pad = (s: string) => s.padStart(2, '0');

type DateFound = { readonly iso: string; readonly start: number; readonly end: number } | { readonly reason: RejectReason };

function findDate(line: string): DateFound {
  const y = YEAR_FIRST.exec(line);
  if (y) return calendarDate(y[1]!, y[2]!, y[3]!, y.index, y.index + y[0].length);
  const l = YEAR_LAST.exec(line);
  if (!l) return { reason: 'no-date' };
  const [first, second, year] = [l[1]!, l[2]!, l[3]!];
  const end = l.index + l[0].length;
  // Only an order that the numbers settle is read: 15/08 is day first, 08/15 month first,
  // 05/05 the same either way; 05/08/2025 is not guessed.
  if (Number(first) > 12 || first === second) return calendarDate(year, second, first, l.index, end);
  if (Number(second) > 12) return calendarDate(year, first, second, l.index, end);
  return { reason: 'ambiguous-date' };
}

function calendarDate(year: string, month: string, dayOfMonth: string, start: number, end: number): DateFound {
  const iso = `${year}-${pad(month)}-${pad(dayOfMonth)}`;
  return parseDay(iso) === undefined ? { reason: 'bad-date' } : { iso, start, end };
}

/**
 * The amount in what is left of the line once the date is taken out. Numbers written as money
 * (with decimals or a currency sign) are preferred over bare whole numbers (a card's last four
 * digits, a reference); of those, the first is the amount when it is the only one, or when the
 * others come after it as a statement's balance does ("余额 3,000.00"): a line whose money-like
 * numbers are all bare and more than one is rejected rather than guessed.
 */
function findAmount(rest: string): { readonly amount: string } | { readonly reason: RejectReason } {
  if (OTHER_CURRENCY.test(rest)) return { reason: 'other-currency' };
  const numbers = [...rest.replace(TIME, ' ').matchAll(NUMBER)].flatMap((m) => {
    const [, sign, whole, decimals = '', wan] = m;
    // More than two decimals is money only in 万 ("1.2345万"); otherwise not an amount at all.
    if (!wan && decimals.length > 3) return [];
    const digits = whole!.replace(/,/g, '') + decimals;
    return [{
      digits: wan ? typedAmount(`${digits}万`) : digits,
      incoming: sign === '+',
      money: Boolean(decimals || wan || m[5] || /[¥￥]|RMB|CNY/i.test(m[0])),
    }];
  });
  const money = numbers.filter((n) => n.money);
  const chosen = money.length ? money[0]! : numbers.length === 1 ? numbers[0]! : undefined;
  if (!chosen) return { reason: numbers.length ? 'several-amounts' : 'no-amount' };
  return chosen.incoming ? { reason: 'incoming' } : { amount: chosen.digits };
}

export function parsePaymentList(text: string): PastedList {
  const rows: PastedPayment[] = [];
  const rejected: RejectedLine[] = [];
  for (const raw of text.split(/\r?\n/)) {
    if (!raw.trim()) continue;
    const line = halfWidth(raw);
    const date = findDate(line);
    if ('reason' in date) {
      rejected.push({ line: raw.trim(), reason: date.reason });
      continue;
    }
    const amount = findAmount(line.slice(0, date.start) + ' ' + line.slice(date.end));
    if ('reason' in amount) rejected.push({ line: raw.trim(), reason: amount.reason });
    else rows.push({ date: date.iso, amount: amount.amount });
  }
  return { rows, rejected };
}
