import { Decimal, ZERO } from '../decimal';
import type { Day } from '../calendar';
import { cite } from './citations';
import { lprOn, OLD_BENCHMARK_RATE, type LprTable } from './lpr';
import { NEW_RULES_FROM, type Regime } from './regime';

export interface CapLine {
  readonly id: string;
  readonly rate: Decimal;
  /** The line that decides the verdict (for the transitional regime, one per segment). */
  readonly decisive: boolean;
  readonly label: { readonly zh: string; readonly en: string };
  readonly citation: string;
}

/** A cap that may change on a date: `before` applies to days before `from`, `after` from then on. */
export interface CapSchedule {
  readonly before: Decimal;
  readonly from: Day;
  readonly after: Decimal;
}

export interface Caps {
  readonly regime: Regime;
  readonly termCap: Decimal;
  readonly overdueCap: Decimal;
  /** The cap per day for the overdue limit (transitional loans change on 2020-08-20). */
  readonly capByDay: CapSchedule;
  readonly lines: ReadonlyArray<CapLine>;
  /** The LPR used, and whether it is past the table's confirmed-through date. */
  readonly lpr?: { readonly rate: Decimal; readonly on: Day; readonly unconfirmed: boolean; readonly entered: boolean };
}

const R24 = new Decimal('0.24');
const R36 = new Decimal('0.36');
/**
 * The 2015 rules' refund line: interest paid at a rate between 24% and 36% stays paid (a natural
 * obligation), only what was paid above 36% can be reclaimed (法释〔2015〕18号 Art. 26 ¶2, Art. 31).
 */
export const OLD_REFUND_LINE = R36;
const FOUR = new Decimal(4);
const flat = (rate: Decimal): CapSchedule => ({ before: rate, from: NEW_RULES_FROM, after: rate });

/**
 * A line: its `label` names the rate, then what it covers in brackets, so a sentence can hold it
 * after one colon (a review read "起决定作用的上限：年利率24%：持牌…" as a label pasted in).
 */
const line = (id: string, rate: Decimal, decisive: boolean, zh: string, en: string, citation: string): CapLine => ({ id, rate, decisive, label: { zh, en }, citation });

const oldLines = (decisive: boolean): CapLine[] => [
  line('old-24', R24, decisive, '年利率24%（2015年规定的司法保护线）', '24% a year (the protected line of the 2015 rules)', cite('spl2015-26')),
  line('old-36', R36, false, '年利率36%（超过部分的利息约定无效）', '36% a year (interest above it was void under the 2015 rules)', cite('spl2015-26')),
];

/**
 * Every cap line that matters for the regime, side by side, with the decisive one marked
 * (LAW.md §1). `lprOverride` is the rate the user entered when the table is not confirmed.
 */
export function capsFor(regime: Regime, contractDate: Day, filingDate: Day, table: LprTable, lprOverride?: Decimal): Caps {
  if (regime === 'licensed') {
    return {
      regime, termCap: R24, overdueCap: R24, capByDay: flat(R24),
      lines: [
        line('licensed-24', R24, true, '年利率24%（持牌金融机构的利息、复利、罚息、违约金和其他费用合计）', '24% a year for interest, compound and penalty interest, liquidated damages and fees together (licensed lenders)', cite('fin2017-2', 'reply2020-27')),
        line('licensed-36', R36, false, '综合年化成本36%（现金贷监管红线）', '36% comprehensive annual cost (the regulatory line for cash loans)', cite('cashloan2017-141')),
      ],
    };
  }
  if (regime === 'void') {
    return {
      regime, termCap: ZERO, overdueCap: ZERO, capByDay: flat(ZERO),
      lines: [line('void-principal-only', ZERO, true, '合同无效（只需返还实际收到的本金）', 'Contract void (only the principal received is owed)', cite('spl2020-13'))],
    };
  }
  const on = regime === 'private-2020' ? contractDate : filingDate;
  const found = lprOn(on, table);
  const lpr = lprOverride ?? found.rate ?? OLD_BENCHMARK_RATE;
  const fourLpr = lpr.times(FOUR);
  const lprInfo = { rate: lpr, on, unconfirmed: lprOverride === undefined && found.unconfirmed, entered: lprOverride !== undefined };
  if (regime === 'private-2020') {
    return {
      regime, termCap: fourLpr, overdueCap: fourLpr, capByDay: flat(fourLpr), lpr: lprInfo,
      lines: [
        line('lpr-4x', fourLpr, true, '合同成立时一年期LPR的4倍', 'Four times the one-year LPR at the contract date', cite('spl2020-25', 'spl2020-29')),
        ...oldLines(false),
      ],
    };
  }
  // Transitional: the 2015 lines up to 2020-08-19, then 4 × LPR at filing (法释〔2020〕17号 Art. 31).
  const filedUnderOldRules = filingDate < NEW_RULES_FROM;
  const later = filedUnderOldRules ? R24 : fourLpr;
  return {
    regime, termCap: later, overdueCap: later, capByDay: { before: R24, from: NEW_RULES_FROM, after: later }, lpr: lprInfo,
    lines: [
      ...oldLines(true),
      line('lpr-4x-filing', fourLpr, !filedUnderOldRules, '起诉时一年期LPR的4倍（2020年8月20日起）', 'Four times the one-year LPR at filing (from 20 Aug 2020)', cite('spl2020-31', 'spl2020-25')),
    ],
  };
}

/** Σ cap(day) × base × days / capDayCount over the segments, splitting a segment at the change date. */
export function capAmount(segments: ReadonlyArray<{ readonly from: Day; readonly to: Day; readonly base: Decimal }>, caps: CapSchedule, capDayCount: number): Decimal {
  // Σ base × days before and after the change date, each exact (whole days × a decimal), then
  // × the line in force: the same sum as segment by segment, in two multiplications by a cap.
  // Exact too is base × (d1 + d2) for base × d1 + base × d2, so the days of a run of segments on
  // one base (the outstanding principal stays the same Decimal from one event to the next until a
  // payment reaches it) are added up first and multiplied once.
  let baseDaysBefore = ZERO;
  let baseDaysAfter = ZERO;
  let base: Decimal | undefined;
  let daysBefore = 0;
  let daysAfter = 0;
  const addRun = () => {
    if (daysBefore > 0) baseDaysBefore = baseDaysBefore.plus(base!.times(daysBefore));
    if (daysAfter > 0) baseDaysAfter = baseDaysAfter.plus(base!.times(daysAfter));
  };
  for (const s of segments) {
    if (s.base !== base) {
      addRun();
      base = s.base;
      daysBefore = 0;
      daysAfter = 0;
    }
    const split = Math.min(Math.max(caps.from, s.from), s.to);
    if (split > s.from) daysBefore += split - s.from;
    if (s.to > split) daysAfter += s.to - split;
  }
  addRun();
  return caps.before.times(baseDaysBefore).plus(caps.after.times(baseDaysAfter)).dividedBy(capDayCount);
}
