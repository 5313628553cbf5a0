import { Decimal } from '../decimal';
import { day, type Day } from '../calendar';

export interface LprRow { readonly from: Day; readonly rate: Decimal }
export interface LprTable {
  readonly rows: ReadonlyArray<LprRow>;
  /** The last publication date checked against the source; later lookups are flagged `lpr-unconfirmed`. */
  readonly confirmedThrough: Day;
  readonly source: string;
}

const row = (from: string, percent: string): LprRow => ({ from: day(from), rate: new Decimal(percent).dividedBy(100) });

/**
 * One-year Loan Prime Rate change points (LAW.md §2). Published on the 20th (next working day
 * if a holiday) and in force until the next publication. A new LPR is one row here plus a test.
 */
export const DEFAULT_LPR: LprTable = {
  source: '全国银行间同业拆借中心受权公布贷款市场报价利率（LPR）/ National Interbank Funding Center, Loan Prime Rate announcements',
  confirmedThrough: day('2026-03-20'),
  rows: [
    row('2019-08-20', '4.25'),
    row('2019-09-20', '4.20'),
    row('2019-11-20', '4.15'),
    row('2020-02-20', '4.05'),
    row('2020-04-20', '3.85'),
    row('2021-12-20', '3.80'),
    row('2022-01-20', '3.70'),
    row('2022-08-22', '3.65'),
    row('2023-06-20', '3.55'),
    row('2023-08-21', '3.45'),
    row('2024-07-22', '3.35'),
    row('2024-10-21', '3.10'),
    row('2025-05-20', '3.00'),
  ],
};

/** The one-year benchmark lending rate from 2015-10-24, shown for reference before the LPR existed. */
export const OLD_BENCHMARK_RATE = new Decimal('0.0435');

export interface LprLookup {
  readonly rate: Decimal | undefined;
  /** True when the date is after the table's confirmed-through date (the rate may have changed). */
  readonly unconfirmed: boolean;
}

/** The LPR in force on a date: the latest row dated on or before it; none before 2019-08-20. */
export function lprOn(date: Day, table: LprTable = DEFAULT_LPR): LprLookup {
  let rate: Decimal | undefined;
  for (const r of table.rows) if (r.from <= date) rate = r.rate;
  return { rate, unconfirmed: date > table.confirmedThrough };
}
