import { ZERO, type Decimal } from '../decimal';
import type { Caps } from './cap-lines';
import { cite } from './citations';
import { NOT_LEGAL_ADVICE, pct, yuan, type Words } from './messages';
import type { OverdueTest } from './overdue-test';
import type { TermTest } from './term-test';

export interface Finding {
  readonly id: string;
  readonly severity: 'info' | 'warning';
  readonly message: Words;
  /** The article and instrument the finding rests on; empty for a plain fact about the figures. */
  readonly citation: string;
}

export interface FindingFacts {
  readonly caps: Caps;
  readonly term: TermTest;
  readonly overdue: OverdueTest;
  readonly upfrontFees: Decimal;
  readonly legalPrincipal: Decimal;
  readonly claimedPayoff: Decimal;
  readonly supportedPayoff?: Decimal;
  readonly claimGap?: Decimal;
}

const termCitation = (caps: Caps): string =>
  caps.regime === 'licensed' ? cite('fin2017-2', 'reply2020-27')
    : caps.regime === 'private-2020' ? cite('spl2020-25')
      : cite('spl2015-26', 'spl2020-31');
const overdueCitation = (caps: Caps): string =>
  caps.regime === 'licensed' ? cite('fin2017-2') : caps.regime === 'private-2020' ? cite('spl2020-29') : cite('spl2015-30', 'spl2020-29', 'spl2020-31');

/**
 * What becomes of the part above the cap. For a licensed lender the 24% line is "reducible on the
 * borrower's request" (LAW.md §1; 法发〔2017〕22号 Art. 2: the borrower 请求…调减 and it 应予支持), not
 * refused outright as private lending's cap is (法释〔2020〕17号 Arts. 25, 29): saying "not supported"
 * would tell a borrower there is nothing to raise, when the reduction depends on raising it.
 */
const aboveCap = (caps: Caps): Words => caps.regime === 'licensed'
  ? { zh: '超过部分经借款人请求应予调减', en: 'the borrower may ask for the part above it to be reduced (the borrower must raise it)' }
  : { zh: '超过部分法律不予支持', en: 'the law does not support the part above it' };

function regimeFinding(caps: Caps): Finding {
  switch (caps.regime) {
    case 'licensed':
      return { id: 'regime-licensed', severity: 'info', citation: cite('fin2017-2', 'reply2020-27', 'cashloan2017-141'), message: {
        zh: '出借人是持牌金融机构（银行、消费金融公司、小额贷款公司等），利息、复利、罚息、违约金和其他费用合计以年利率24%为上限，借款人可请求调减超过部分；综合年化成本36%是现金贷的监管红线。',
        en: 'The lender is a licensed financial institution (bank, consumer finance company, microloan company…): interest, compound and penalty interest, liquidated damages and fees together are capped at 24% a year, and the borrower may ask a court to reduce what is above it; 36% comprehensive annual cost is the regulatory line for cash loans.' } };
    case 'private-2020':
      return { id: 'regime-private-2020', severity: 'info', citation: cite('spl2020-25', 'spl2020-29'), message: {
        zh: `民间借贷（2020年8月20日以后成立）：利率上限为合同成立时一年期LPR的4倍，即年利率${pct(caps.termCap)}；逾期利息、违约金和其他费用合计也不得超过这一上限。`,
        en: `Private loan formed on or after 20 Aug 2020: interest is capped at four times the one-year LPR at the contract date, ${pct(caps.termCap)} a year; overdue interest, liquidated damages and other fees together are held to the same line.` } };
    case 'private-transitional':
      // Art. 31 applies the 2015 rules to the earlier interest when a party asks for them (当事人请求
      // 适用当时的司法解释); the figures assume the lender does, the higher line (a legal review).
      return { id: 'regime-private-transitional', severity: 'info', citation: cite('spl2020-31', 'spl2015-26'), message: {
        zh: `2020年8月20日以前成立的民间借贷：到2020年8月19日为止的利息，当事人请求适用当时的司法解释的，按年利率24%保护（超过36%的部分无效），本工具按出借人会如此请求计算；自2020年8月20日起按起诉时一年期LPR的4倍（${pct(caps.termCap)}）计算。`,
        en: `Private loan formed before 20 Aug 2020: interest up to 19 Aug 2020 is protected up to 24% a year (above 36% void) if a party asks for the rules of the time, as these figures assume the lender will; from 20 Aug 2020 the cap is four times the one-year LPR at filing (${pct(caps.termCap)}).` } };
    case 'void':
      // The figures are LAW.md's (principal only); the words add what courts often order on a void
      // loan under Civil Code Art. 157, compensation for the use of the money (a legal review).
      return { id: 'regime-void', severity: 'warning', citation: cite('spl2020-13', 'civil-157'), message: {
        zh: '出借人未取得放贷资格却以营利为目的向社会不特定对象放贷（职业放贷人），借款合同无效：只需返还实际收到的本金，合同约定的利息、罚息和费用均不受法律保护；但法院可能另判借款人赔偿占用资金期间的损失（资金占用费，常按一年期LPR计算），本工具的金额未计入。是否属于职业放贷人，由法院根据证据认定。',
        en: 'The lender lends to the public for profit without a licence (a professional lender): the contract is void, only the principal actually received is owed, and no contractual interest, penalty or fee is supported; but a court may also order the borrower to compensate for the time the money was used (often at the one-year LPR), which these figures leave out. Whether the lender is a professional lender is for a court to decide on the evidence.' } };
  }
}

/** What the cap check found, each with the law it rests on (LAW.md §7). */
export function findingsFor(f: FindingFacts): Finding[] {
  const out: Finding[] = [regimeFinding(f.caps)];
  const { caps, term, overdue } = f;
  if (f.upfrontFees.greaterThan(ZERO)) {
    // 法释〔2020〕17号 governs private lending only (法释〔2020〕27号): a licensed lender's case rests on the Civil Code alone.
    out.push({ id: 'principal-deducted', severity: 'warning', citation: caps.regime === 'licensed' ? cite('civil-670') : cite('civil-670', 'spl2020-26'), message: {
      zh: `放款时预先扣除的${yuan(f.upfrontFees)}不是本金，本金应按实际收到的${yuan(f.legalPrincipal)}计算。`,
      en: `The ${yuan(f.upfrontFees)} deducted at disbursement is not principal: the principal is the ${yuan(f.legalPrincipal)} actually received.` } });
  }
  if (caps.regime !== 'void' && term.apr !== undefined) {
    out.push(term.exceeds
      ? { id: 'term-exceeds', severity: 'warning', citation: termCitation(caps), message: {
        zh: `按实际到手金额计算的年化利率（IRR）为${pct(term.apr)}，超过${pct(term.cap)}的上限，${aboveCap(caps).zh}。`,
        en: `The true annual cost (the APR, on the amount received) is ${pct(term.apr)}, above the ${pct(term.cap)} cap: ${aboveCap(caps).en}.` } }
      : { id: 'term-within', severity: 'info', citation: termCitation(caps), message: {
        zh: `按实际到手金额计算的年化利率（IRR）为${pct(term.apr)}，未超过${pct(term.cap)}的上限。`,
        en: `The true annual cost (the APR, on the amount received) is ${pct(term.apr)}, within the ${pct(term.cap)} cap.` } });
    if (caps.regime === 'licensed' && term.apr.toDecimalPlaces(4).greaterThan('0.36')) {
      out.push({ id: 'over-36', severity: 'warning', citation: cite('cashloan2017-141', 'pboc2021-3'), message: {
        zh: `综合年化成本${pct(term.apr)}超过36%的监管红线，可向金融监管部门（12378）投诉。`,
        en: `The comprehensive annual cost of ${pct(term.apr)} is above the 36% regulatory line; you can complain to the financial regulator (12378).` } });
    }
  }
  if (caps.regime !== 'void' && overdue.exceeds) {
    out.push({ id: 'overdue-exceeds', severity: 'warning', citation: overdueCitation(caps), message: {
      zh: `罚息、复利和违约金合计${yuan(overdue.charged)}，超过按上限计算的${yuan(overdue.limit)}，超出部分${yuan(overdue.charged.minus(overdue.limit))}${caps.regime === 'licensed' ? '，经借款人请求应予调减' : '，法律不予支持'}。`,
      en: `Penalty interest, compound interest and late fees come to ${yuan(overdue.charged)}, above the ${yuan(overdue.limit)} the cap allows: the ${yuan(overdue.charged.minus(overdue.limit))} above it ${caps.regime === 'licensed' ? 'may be reduced at the borrower’s request (the borrower must raise it)' : 'is not supported'}.` } });
  }
  if (f.supportedPayoff !== undefined && f.claimedPayoff.greaterThan(f.supportedPayoff)) {
    const excess = f.claimedPayoff.minus(f.supportedPayoff);
    out.push({ id: 'payoff-excess', severity: 'warning', citation: caps.regime === 'void' ? cite('spl2020-13') : `${termCitation(caps)}; ${overdueCitation(caps)}`, message: {
      zh: `按合同今天结清需${yuan(f.claimedPayoff)}，法律支持的约为${yuan(f.supportedPayoff)}，多出${yuan(excess)}。`,
      en: `Settling today under the contract takes ${yuan(f.claimedPayoff)}; the law supports about ${yuan(f.supportedPayoff)}, ${yuan(excess)} less.` } });
  }
  if (f.claimGap !== undefined && f.claimGap.greaterThan(ZERO)) {
    out.push({ id: 'claim-gap', severity: 'warning', citation: '', message: {
      zh: `对方要求的金额比按合同计算的结清金额多${yuan(f.claimGap)}，可要求对方提供逐项明细。`,
      en: `The demand is ${yuan(f.claimGap)} more than the contract's own payoff: ask the lender for an itemised statement.` } });
  }
  out.push({ id: 'not-legal-advice', severity: 'info', citation: '', message: NOT_LEGAL_ADVICE });
  return out;
}
