import { isZeroRate, type LetterWords } from './words';

const BASE = { supported: 'amount the law supports', claimed: 'balance under the contract', demanded: 'amount you demand', amount: 'balance' } as const;
const rateText = (rate: string) => (isZeroRate(rate) ? 'with interest frozen' : `with interest at ${rate}% a year`);
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
/** a; a and b; a, b and c. */
const andList = (items: ReadonlyArray<string>) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`);

/** The letter in English, for English-speaking borrowers and lenders; sources keep their Chinese titles. */
export const WORDS_EN: LetterWords = {
  title: 'Request for a repayment arrangement',
  field: { to: 'To', contractNo: 'Contract No.', from: 'From', phone: 'Phone', address: 'Address', idLast4: 'ID (last 4 digits)', date: 'Date', subject: 'Subject' },
  salutation: () => 'Dear Sir or Madam,',
  unnamedLender: 'the lender',
  opening: (name, no) =>
    `I${name ? `, ${name},` : ''} am your borrower${no ? ` under contract No. ${no}` : ''}. Because of financial hardship I cannot keep to the original repayment schedule, ` +
    'and I am writing to ask you to agree a repayment arrangement with me. The details follow.',
  numbered: (i, heading) => `${i + 1}. ${heading}`,
  heading: { loan: 'The loan and what I have paid', hardship: 'My circumstances', law: 'What the law supports', proposal: 'My proposal', requests: 'My requests' },
  method: {
    'equal-payment': 'equal monthly instalments (等额本息)',
    'equal-principal': 'equal principal instalments (等额本金)',
    'interest-first': 'interest monthly, principal at the end (先息后本)',
    bullet: 'principal and interest at maturity (到期一次还本付息)',
    flat: 'flat-rate instalments (等本等息)',
  },
  rate: (value, per) => `${value}% a ${per}`,
  deductedFee: (name, amount) => `${amount} (${name})`,
  // The amount received is stated only when the user entered what was deducted at payout: stating
  // it otherwise would be an admission the user never made (Civil Code Art. 670: interest deducted
  // in advance is not principal).
  loan: (f) =>
    `On ${f.start} I borrowed ${f.principal} from you (the contract principal)` +
    `${f.deducted.length ? `; ${f.deducted.join(' and ')} was deducted when the loan was paid out, so I actually received ${f.received}` : ''}. ` +
    `The loan runs for ${plural(f.months, 'month', 'months')}, repaid by ${f.method}, at a contract rate of ${f.rate}` +
    `${f.annual ? ` (${f.annual} a year)` : ''}${f.apr ? `; measured against ${f.deducted.length ? 'the amount received' : 'the principal'} and everything due, its true annual rate (IRR) is ${f.apr}` : ''}.`,
  payments: (asOf, count, total, last) =>
    count === 0 ? `As of ${asOf} I have not made any payment.` : `As of ${asOf} I have made ${plural(count, 'payment', 'payments')} totalling ${total}, the last on ${last}.`,
  overdue: (since, days, asOf) => `I have been unable to pay on time since ${since}: as of ${asOf} the loan is ${plural(days, 'day', 'days')} overdue.`,
  charge: { penaltyInterest: (a) => `penalty interest of ${a}`, compoundInterest: (a) => `compound interest of ${a}`, lateFees: (a) => `late fees and charges of ${a}` },
  statement: (asOf, totalDue, charges, payoff) =>
    `Under the contract, ${totalDue} had fallen due and was unpaid as of ${asOf}${charges.length ? ` (including ${andList(charges)})` : ''}, and settling the whole loan would take ${payoff}.`,
  penaltyAssumed: (rate, base) =>
    `The penalty interest above is my estimate${rate ? ', at 1.5 times the contract rate' : ''}${base ? ', on the missed principal only' : ''}; if the contract provides otherwise, please say so and show the calculation.`,
  demand: (amount, date, source, gap) =>
    `${date ? `On ${date}, you` : 'You'} asked me${source ? ` (by ${source})` : ''} to pay ${amount}${gap ? `, ${gap} more than the contract's own settlement figure; please explain the difference` : ''}.`,
  law: {
    line: (id, rate, label, lprOn) => CAP_LINE_EN[id]?.(rate, lprOn) ?? `The applicable cap is "${label}".`,
    deducted: (fees, received) => `The ${fees.join(' and ')} deducted when the loan was paid out is not principal: the principal is the ${received} actually received.`,
    termExceeds: (apr, cap, onRequest) => `Measured against the amount actually received, the loan's true annual rate is ${apr}, above the ${cap} cap; ${onRequest ? 'as the law allows, I ask for the part above the cap to be reduced' : 'the part above the cap is not enforceable'}.`,
    overdueExceeds: (asOf, charged, limit, excess) =>
      `As of ${asOf}, penalty interest, compound interest and late fees come to ${charged}; the cap allows at most ${limit}, so ${excess} is above it.`,
    void: (received) =>
      `You lend to the public for profit without a lending licence, so the loan contract is void and I owe only the principal I actually received, ${received}.`,
    payoff: (asOf, claimed, supported, excess, ask) =>
      `In sum, the contract's settlement figure as of ${asOf} is ${claimed}; the amount the law supports is about ${supported}, ${excess} less.` +
      (ask ? ' Please remove the excess and negotiate with me on the basis of the supported amount.' : ''),
    demandExcess: (demand, supported, excess, ask) =>
      `You ask me to pay ${demand}; the amount the law supports is about ${supported}, ${excess} less.` +
      (ask ? ' Please remove the excess and negotiate with me on the basis of the supported amount.' : ''),
    refund: (asOf, claimed, overpaid) =>
      `In sum, ${claimed ? `the contract's settlement figure as of ${asOf} is ${claimed}, but ` : ''}under the law what I have paid already exceeds what I owe, by ${overpaid}: nothing remains due on this loan.`,
  },
  withWords: (figure, words) => `${figure} (${words})`,
  source: 'Source: ',
  proposal: {
    instalments: (p) =>
      `I propose to repay ${p.downPayment ? `${p.downPayment} once we reach agreement and the remaining ${p.amount}` : `the ${BASE[p.baseKind]}, ${p.amount},`} ` +
      `in ${plural(p.months, 'monthly instalment', 'monthly instalments')} of ${p.payment} from ${p.first}, ${rateText(p.rate)}: ${p.total} in all.`,
    deferral: (p) =>
      `I propose to pause payments for ${plural(p.graceMonths, 'month', 'months')} from now, ` +
      `${isZeroRate(p.graceRate) ? 'with interest frozen during the pause' : `with interest at ${p.graceRate}% a year during the pause, ${p.graceInterest}, ${p.graceInterestPaid === 'with-first' ? 'paid with the first instalment' : 'added to the balance'}`}; ` +
      `${p.downPayment ? `to pay ${p.downPayment} once we reach agreement; ` : ''}then to repay ${p.amount} in ${plural(p.months, 'monthly instalment', 'monthly instalments')} of ${p.payment} from ${p.first}, ${rateText(p.rate)}: ${p.total} in all.`,
    settlement: (amount, date) =>
      `I propose to pay ${amount} in one payment by ${date} in full and final settlement of this loan: once you receive it, nothing more is owed on this loan and you will make no further claim.`,
    none: 'I would like to agree instalments or a pause in payments with you, sized to what I can afford.',
    commitment: 'Once we agree, I will keep to the arrangement.',
  },
  table: { caption: 'Repayment schedule', n: 'No.', date: 'Date', payment: 'Payment (CNY)', balance: 'Balance (CNY)', down: 'Down', onAgreement: 'On agreement', total: 'Total' },
  request: (id, charged, asOf, reachable, included) => {
    switch (id) {
      case 'waive-penalties':
        return `Please waive the penalty interest, compound interest, late fees and other charges${charged ? ` (${charged} as of ${asOf} under the contract)` : ''}.` +
          (included ? ` My proposal above still includes ${included} of them: if you waive them, please reduce its amount by as much.` : '');
      case 'stop-third-party-contact':
        return `Please stop contacting my family, friends, colleagues or anyone else in my address book, and do not disclose my debt to others; contact me directly${reachable ? ' at the details above' : ''}, and keep your collection within the law and the regulators' rules.`;
      case 'written-confirmation':
        return 'Please confirm any arrangement we reach in writing (under your company seal or through your official channels).';
      case 'send-statement':
        return 'Please send me a statement of the account to date, itemising principal, interest, penalty interest, compound interest and each fee, with how each was calculated.';
    }
  },
  closingParagraph:
    'I would be grateful if you would consider this request and reply in writing within 15 days of receiving this letter. I intend to repay in good faith and hope we can agree an arrangement that works for both sides.',
  closing: [{ text: 'Yours faithfully,', indent: false }],
  signature: { sign: 'Signature:', name: 'Name:', date: 'Date:' },
  footer: 'Prepared with Repayment Negotiation Planner (协商还款助手); not legal advice.',
  pageLabel: 'Page {page} of {pages}',
};

/** The decisive cap lines in a letter's words (words-zh.ts CAP_LINE_ZH says why). */
const CAP_LINE_EN: Readonly<Record<string, (rate: string, lprOn: string | undefined) => string>> = {
  'licensed-24': () => 'As you are a licensed financial institution, where the interest, compound and penalty interest, liquidated damages and other fees you claim together exceed 24% a year, a court upholds the borrower\'s request to reduce the part above it.',
  'lpr-4x': (rate, on) => `This is a private loan made on or after 20 August 2020: interest is capped at four times the one-year loan prime rate (LPR) at the contract date, ${on ? `at the LPR of ${on} ` : ''}${rate} a year.`,
  'old-24': () => 'This loan was made before 20 August 2020: interest up to 19 August 2020 is capped at 24% a year.',
  'lpr-4x-filing': (rate, on) => `From 20 August 2020, interest is capped at four times the one-year loan prime rate (LPR) at filing: ${on ? `at the LPR of ${on}, ` : ''}${rate} a year.`,
};
