/**
 * Which cap applies (LAW.md §1) and the one-year LPR lookup (LAW.md §2): the latest row dated on
 * or before the date; 4 × LPR on the contract date (private-2020) or on the filing date (transitional).
 */
import { describe, it, expect } from 'vitest';
import { makeCase, reportOf, rate6 } from './helpers';

const privateBullet = (loan: Record<string, unknown>, extra: Record<string, unknown> = {}) => makeCase({
  asOf: '2021-01-01', dayCount: 365,
  lender: { name: '李四', kind: 'private' },
  loan: { principal: '50000.00', termMonths: 12, rate: { value: '12', per: 'year' }, method: 'bullet', ...loan },
  ...extra,
});

describe('regime selection', () => {
  it('a private contract formed on 2020-08-19 is transitional; on 2020-08-20 it is under the 2020 rules', () => {
    // 法释〔2020〕17号 Art. 31: the new rules apply to contracts formed from 2020-08-20.
    expect(reportOf(privateBullet({ startDate: '2020-08-19' })).caps.regime).toBe('private-transitional');
    expect(reportOf(privateBullet({ startDate: '2020-08-20' })).caps.regime).toBe('private-2020');
  });

  it('the contract date, when given, decides rather than the disbursement date', () => {
    const r = reportOf(privateBullet({ startDate: '2020-08-25', contractDate: '2020-08-10' }));
    expect(r.caps.regime).toBe('private-transitional');
  });

  it('a licensed lender is capped at 24% all-in, with the 36% line shown beside it', () => {
    // 法发〔2017〕22号 Art. 2 (24%, decisive); 整治办函〔2017〕141号 (36%, for reference).
    const r = reportOf(makeCase({
      asOf: '2025-01-10',
      loan: { principal: '10000.00', startDate: '2025-01-10', termMonths: 12, rate: { value: '12', per: 'year' }, method: 'equal-payment' },
    }));
    expect(r.caps.regime).toBe('licensed');
    expect(rate6(r.caps.termCap)).toBe('0.240000');
    expect(rate6(r.caps.overdueCap)).toBe('0.240000');
    const rates = r.caps.lines.map((l: { rate: string }) => rate6(l.rate));
    expect(rates).toContain('0.360000');
    const decisive = r.caps.lines.filter((l: { decisive: boolean }) => l.decisive);
    expect(decisive).toHaveLength(1);
    expect(rate6(decisive[0].rate)).toBe('0.240000');
  });

  it('an unlicensed professional lender makes the contract void', () => {
    // 法释〔2020〕17号 Art. 13(3).
    const r = reportOf(privateBullet({ startDate: '2021-03-01' }, { asOf: '2022-09-01', lender: { name: '某公司', kind: 'unlicensed-professional' } }));
    expect(r.caps.regime).toBe('void');
  });
});

describe('4 × one-year LPR', () => {
  it('on the contract date (private-2020): 2021-03-01 → 4 × 3.85% = 15.4%', () => {
    expect(rate6(reportOf(privateBullet({ startDate: '2021-03-01' }, { asOf: '2022-09-01' })).caps.termCap)).toBe('0.154000');
  });

  it('uses the latest publication on or before the date: 2022-08-21 → 4 × 3.70% = 14.8%; 2022-08-22 → 4 × 3.65% = 14.6%', () => {
    // August 2022's LPR was published on Monday 2022-08-22 (the 20th was a Saturday).
    expect(rate6(reportOf(privateBullet({ startDate: '2022-08-21' }, { asOf: '2023-01-01' })).caps.termCap)).toBe('0.148000');
    expect(rate6(reportOf(privateBullet({ startDate: '2022-08-22' }, { asOf: '2023-01-01' })).caps.termCap)).toBe('0.146000');
  });

  it('2023-09-01 → 4 × 3.45% = 13.8% (the "private, 2023" line of LAW.md §7)', () => {
    expect(rate6(reportOf(privateBullet({ startDate: '2023-09-01' }, { asOf: '2024-01-01' })).caps.termCap)).toBe('0.138000');
  });

  it('transitional: on the filing date, not the contract date: filed 2024-11-01 → 4 × 3.10% = 12.4%', () => {
    const r = reportOf(privateBullet({ startDate: '2019-12-01' }, { asOf: '2024-12-01', filingDate: '2024-11-01' }));
    expect(r.caps.regime).toBe('private-transitional');
    expect(rate6(r.caps.termCap)).toBe('0.124000');
  });

  it('after the table’s confirmed date (2026-03-20) the report warns lpr-unconfirmed', () => {
    const r = reportOf(privateBullet({ startDate: '2026-05-01' }, { asOf: '2026-06-01' }));
    expect(r.caps.regime).toBe('private-2020');
    expect(r.warnings.map((w: { id: string }) => w.id)).toContain('lpr-unconfirmed');
  });
});
