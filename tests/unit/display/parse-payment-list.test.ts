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
    expect(r.rejected).toEqual(['还款 500', '2025-03-15', '2025-04-15 abc']);
  });

  it('keeps a thousands separator apart from a comma that separates the columns', () => {
    expect(parsePaymentList('2025-02-15,12,000.50').rows).toEqual([{ date: '2025-02-15', amount: '12000.50' }]);
    expect(parsePaymentList('2025-02-15, 1,234,567').rows).toEqual([{ date: '2025-02-15', amount: '1234567' }]);
  });

  it('pads the month and day but leaves judging the date to the case schema', () => {
    expect(parsePaymentList('2025-2-30 100').rows).toEqual([{ date: '2025-02-30', amount: '100' }]);
  });

  it('returns nothing for an empty paste', () => {
    expect(parsePaymentList('')).toEqual({ rows: [], rejected: [] });
  });
});
