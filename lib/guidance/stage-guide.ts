import type { Stage } from '../finance/stage';
import { cite } from '../law/citations';
import type { Words } from '../law/messages';
import { NIGHT_SOURCES, NIGHT_WINDOW } from './evidence-flags';

/** What to expect and what to do at one overdue stage (LAW.md §8). */
export interface StageGuide {
  readonly stage: Stage;
  readonly days: Words;
  readonly title: Words;
  readonly happensNext: ReadonlyArray<Words>;
  readonly lawful: ReadonlyArray<Words>;
  readonly unlawful: ReadonlyArray<Words>;
  readonly nextStep: Words;
}

/** Credit-record facts shown at every stage, with their source. */
export const CREDIT_FACTS: ReadonlyArray<{ readonly text: Words; readonly citation: string }> = [
  { text: { zh: '不良信息自不良行为或者事件终止之日起保存5年，即还清后再保留5年。', en: 'A negative credit record is kept for 5 years from the day the debt is settled.' }, citation: cite('credit-16') },
  { text: { zh: '每人每年可以免费查询本人信用报告2次（人民银行征信中心）。', en: 'You can get your own credit report free twice a year (PBOC Credit Reference Center).' }, citation: cite('credit-17') },
];

/** The sources of the collection rules the stages list as unlawful (as evidence-flags.ts cites them one by one). */
export const UNLAWFUL_COLLECTION_CITATION = cite('security-50', 'pipl-10', 'card-68', 'criminal-279', ...NIGHT_SOURCES);

const UNLAWFUL_COLLECTION: ReadonlyArray<Words> = [
  { zh: '暴力、威胁、辱骂', en: 'violence, threats or insults' },
  { zh: '联系或告知通讯录中与债务无关的人', en: 'contacting people in your address book who have nothing to do with the debt, or telling them about it' },
  { zh: '冒充公检法等国家机关人员', en: 'impersonating police, prosecutors, courts or other officials' },
  { zh: `深夜催收（行业规范：未经你同意，${NIGHT_WINDOW.zh}不得催收）`, en: `collecting late at night (industry rules: none ${NIGHT_WINDOW.en} without your consent)` },
];

/**
 * Credit-card debts (LAW.md §8): the personalised instalment plan a bank may agree to, and what
 * 停息挂账 is. The planner models a loan, not a card account, so the guide says this for card
 * holders wherever their stage (a reviewer entering a card debt found it nowhere).
 */
export const CARD_FACTS: ReadonlyArray<{ readonly text: Words; readonly citation: string }> = [
  { text: { zh: '银行信用卡欠款，可以与银行协商“个性化分期”还款，最长60个月。', en: 'For a bank credit card, you can negotiate a personalised instalment plan (个性化分期) with the bank, of up to 60 months.' }, citation: cite('card-70') },
  { text: { zh: '“停息挂账”是银行的通融，不是借款人的权利：达成后请要求书面协议。', en: '“停息挂账” (interest stopped, the balance repaid in instalments) is the bank’s goodwill, not your right: once agreed, ask for it in writing.' }, citation: cite('card-70') },
];

/** The four stages in order, what typically happens at each, and the best next step. */
export const STAGE_GUIDES: ReadonlyArray<StageGuide> = [
  {
    stage: 'current',
    days: { zh: '未逾期', en: 'Not overdue' },
    title: { zh: '按时还款中', en: 'Up to date' },
    happensNext: [{ zh: '如预计还不上，提前联系出借人比逾期后再谈更容易。', en: 'If you expect to miss a payment, talking to the lender before it is due is easier than after.' }],
    lawful: [{ zh: '到期前的还款提醒。', en: 'Reminders before a payment is due.' }],
    unlawful: UNLAWFUL_COLLECTION,
    nextStep: { zh: '核对合同的实际年化成本，做好预算，必要时提前申请延期或分期。', en: 'Check the loan’s true annual cost, make a budget, and ask early for a deferral or instalments if you need them.' },
  },
  {
    stage: 'early',
    days: { zh: '逾期1–30天', en: '1–30 days overdue' },
    title: { zh: '逾期初期', en: 'The first month' },
    happensNext: [
      { zh: 'App通知、短信和电话提醒；开始计收罚息，可能有违约金。', en: 'App notices, texts and calls; penalty interest starts and late fees may be charged.' },
      { zh: '银行和持牌机构可能向征信系统报送逾期记录。', en: 'Banks and licensed lenders may report the arrears to the credit reference system.' },
    ],
    lawful: [{ zh: '在合理时间内的电话、短信提醒；告知逾期后果。', en: 'Calls and texts at reasonable hours; telling you the consequences of default.' }],
    unlawful: UNLAWFUL_COLLECTION,
    nextStep: { zh: '通过官方客服联系出借人，说明困难，提出能坚持的还款方案；保留所有记录。', en: 'Contact the lender through its official customer service, explain your situation and offer a plan you can keep; keep every record.' },
  },
  {
    stage: 'mid',
    days: { zh: '逾期31–180天', en: '31–180 days overdue' },
    title: { zh: '逾期中期', en: '1 to 6 months overdue' },
    happensNext: [
      { zh: '催收加强，可能委托第三方催收公司；可能收到“律师函”。', en: 'Heavier collection, possibly by an outside agency; you may receive a “lawyer’s letter”.' },
      { zh: '出借人可能宣布全部借款提前到期。', en: 'The lender may declare the whole loan due at once (acceleration).' },
    ],
    lawful: [{ zh: '向你本人催收，发送载明债权人、金额和核实方式的律师函。', en: 'Collecting from you yourself; a lawyer’s letter that names the creditor, the amount and a way to verify it.' }],
    unlawful: UNLAWFUL_COLLECTION,
    nextStep: { zh: '核实律师函真伪；书面提出协商方案并要求书面确认；记录违规催收并投诉。', en: 'Check whether any lawyer’s letter is real; make your offer in writing and ask for written confirmation; log abusive collection and complain.' },
  },
  {
    stage: 'late',
    days: { zh: '逾期180天以上', en: 'Over 180 days overdue' },
    title: { zh: '逾期后期', en: 'Over 6 months overdue' },
    happensNext: [
      { zh: '债权可能被转让给资产管理或催收公司；出借人可能起诉。', en: 'The debt may be sold to an asset-management or collection company; the lender may sue.' },
      { zh: '判决生效后不履行的，可能被强制执行。', en: 'If a court judgment is not honoured, it can be enforced.' },
    ],
    lawful: [{ zh: '起诉；法院通过正式渠道送达文书。', en: 'Suing you; the court serving papers through its official channels.' }],
    unlawful: UNLAWFUL_COLLECTION,
    nextStep: { zh: '法院文书通过正式渠道送达，收到后按期应诉；仍可随时提出和解或一次性结清方案。', en: 'Court papers come through official channels: if you receive them, respond in time. You can still propose a settlement at any point.' },
  },
];

export function stageGuide(stage: Stage): StageGuide {
  return STAGE_GUIDES.find((g) => g.stage === stage)!;
}
