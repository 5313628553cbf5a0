/**
 * Turns a pasted list of payments (one per line, as copied from a banking app, a spreadsheet or
 * a text message) into case rows: `{ date: "yyyy-MM-dd", amount: "1100.16" }`.
 * The amount stays the digits the user pasted, without currency signs or thousands separators;
 * the case schema judges it afterwards, so a line is only rejected when no date and amount can
 * be told apart in it.
 */
export interface PastedPayment {
  readonly date: string;
  readonly amount: string;
}

export interface PastedList {
  readonly rows: ReadonlyArray<PastedPayment>;
  /** Lines that held something but no date followed by an amount. */
  readonly rejected: ReadonlyArray<string>;
}

// 2025-02-15, 2025/2/15, 2025.2.15, 2025年2月15日
const DATE = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?/;
const AMOUNT = /^\d+(\.\d{1,2})?$/;

const pad = (s: string) => s.padStart(2, '0');

function parseAmount(rest: string): string | undefined {
  const cleaned = rest
    .replace(/^[\s,;，；:：|]+/, '')
    .replace(/[¥￥元\s]|RMB|CNY/gi, '')
    .replace(/(\d),(?=\d{3}(\D|$))/g, '$1')
    .replace(/[,;，；]+$/, '');
  return AMOUNT.test(cleaned) ? cleaned : undefined;
}

export function parsePaymentList(text: string): PastedList {
  const rows: PastedPayment[] = [];
  const rejected: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) continue;
    const m = DATE.exec(line);
    const amount = m ? parseAmount(line.slice(m[0].length)) : undefined;
    if (!m || amount === undefined) {
      rejected.push(line.trim());
      continue;
    }
    rows.push({ date: `${m[1]}-${pad(m[2]!)}-${pad(m[3]!)}`, amount });
  }
  return { rows, rejected };
}
