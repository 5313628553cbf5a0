import { describe, expect, it } from 'vitest';
import { parsePaymentList } from '@/lib/display/parse-payment-list';

describe('parsePaymentList: a pasted list of payments becomes case rows', () => {
  it('reads one payment per line in the common date and amount styles', () => {
    const text = [
      '2025-02-15 1100.16',
      '2025/3/15, ¥1,100.16',
      '2025.4.15\t1100.16元',
      '2025年5月15日 ￥1,100.16',
      '2025-06-15;1100',
    ].join('\n');
    expect(parsePaymentList(text)).toEqual({
      rows: [
        { date: '2025-02-15', amount: '1100.16' },
        { date: '2025-03-15', amount: '1100.16' },
        { date: '2025-04-15', amount: '1100.16' },
        { date: '2025-05-15', amount: '1100.16' },
        { date: '2025-06-15', amount: '1100' },
      ],
      rejected: [],
    });
  });

  it('skips blank lines and reports the lines it cannot read, unchanged', () => {
    const r = parsePaymentList('\n2025-02-15 500\n\n还款 500\n2025-03-15\n2025-04-15 abc\n');
    expect(r.rows).toEqual([{ date: '2025-02-15', amount: '500' }]);
    expect(r.rejected).toEqual([
      { line: '还款 500', reason: 'no-date' },
      { line: '2025-03-15', reason: 'no-amount' },
      { line: '2025-04-15 abc', reason: 'no-amount' },
    ]);
  });

  it('keeps a thousands separator apart from a comma that separates the columns', () => {
    expect(parsePaymentList('2025-02-15,12,000.50').rows).toEqual([{ date: '2025-02-15', amount: '12000.50' }]);
    expect(parsePaymentList('2025-02-15, 1,234,567').rows).toEqual([{ date: '2025-02-15', amount: '1234567' }]);
  });

  it('pads the month and day, and rejects a date that is not on the calendar', () => {
    // 2025 is not a leap year: no 29 February; September has 30 days. A row with such a date
    // would show as a blank date in the form (a date input cannot hold it), read as "missing".
    const r = parsePaymentList('2025-2-3 100\n2025-2-29 100\n2025-09-31 100\n2024-2-29 100');
    expect(r.rows).toEqual([{ date: '2025-02-03', amount: '100' }, { date: '2024-02-29', amount: '100' }]);
    expect(r.rejected).toEqual([{ line: '2025-2-29 100', reason: 'bad-date' }, { line: '2025-09-31 100', reason: 'bad-date' }]);
  });

  it('reads lines copied from a banking app: a description, a time, a minus sign, a balance', () => {
    const text = [
      '2025-07-15\t京东金条还款\t-1,100.16\t3,250.00', // amount, then the balance left: the first is the amount
      '2025/07/15 还款 1100.16元',
      '2025-08-15 10:23:45 尾号1234 还款 ¥1,100.16', // the time and the card's last digits are not amounts
      '2025年9月15日 支出 −1100.16', // a Unicode minus
      '１５/１０/２０２５ １１００．１６', // full-width, as a Chinese input method types it; day first (15 > 12)
      '11/15/2025 1100.16', // month first (15 > 12)
    ].join('\n');
    expect(parsePaymentList(text)).toEqual({
      rows: [
        { date: '2025-07-15', amount: '1100.16' },
        { date: '2025-07-15', amount: '1100.16' },
        { date: '2025-08-15', amount: '1100.16' },
        { date: '2025-09-15', amount: '1100.16' },
        { date: '2025-10-15', amount: '1100.16' },
        { date: '2025-11-15', amount: '1100.16' },
      ],
      rejected: [],
    });
  });

  it('rejects, rather than guesses, a day/month order or an amount it cannot tell', () => {
    const r = parsePaymentList('05/08/2025 1100.16\n05/05/2025 100\n2025-08-15 尾号1234 1100\n13/13/2025 100');
    // 05/05 is the same date either way; 13/13 is neither order.
    expect(r.rows).toEqual([{ date: '2025-05-05', amount: '100' }]);
    expect(r.rejected).toEqual([
      { line: '05/08/2025 1100.16', reason: 'ambiguous-date' },
      { line: '2025-08-15 尾号1234 1100', reason: 'several-amounts' },
      { line: '13/13/2025 100', reason: 'bad-date' },
    ]);
  });

  it('reads 万 as typed amounts do: 1.2万 is 12,000, never 1.2', () => {
    // An adversarial review: "1.2万元" was read as 1.20 yuan and added without a word, an amount
    // 10,000 times too small. 万 moves the decimal point four places (1.2 × 10,000 = 12,000).
    expect(parsePaymentList('2025-03-15 1.2万元\n2025-04-15 还款2.5万\n2025-05-15 ¥0.11005万').rows).toEqual([
      { date: '2025-03-15', amount: '12000' },
      { date: '2025-04-15', amount: '25000' },
      { date: '2025-05-15', amount: '1100.5' },
    ]);
  });

  it('rejects money coming in ("+") and amounts in other currencies, rather than taking them as payments', () => {
    const r = parsePaymentList('2025-01-15 +12,000.00 借款到账\n2025-02-15 USD 1,000.00\n2025-03-15 HK$1,000\n2025-04-15 $50.00\n2025-05-15 联系电话+86 13800000000 还款 500.00');
    // The last line's "+86" is a phone prefix, not the amount: the amount (500.00) is unsigned.
    expect(r.rows).toEqual([{ date: '2025-05-15', amount: '500.00' }]);
    expect(r.rejected).toEqual([
      { line: '2025-01-15 +12,000.00 借款到账', reason: 'incoming' },
      { line: '2025-02-15 USD 1,000.00', reason: 'other-currency' },
      { line: '2025-03-15 HK$1,000', reason: 'other-currency' },
      { line: '2025-04-15 $50.00', reason: 'other-currency' },
    ]);
  });

  it('returns nothing for an empty paste', () => {
    expect(parsePaymentList('')).toEqual({ rows: [], rejected: [] });
  });
});
