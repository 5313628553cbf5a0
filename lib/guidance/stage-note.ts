import type { Stage } from '../finance/stage';
import type { Words } from '../law/messages';
import type { Regime } from '../law/regime';

/** The planner's stage note (LAW.md §8): what usually happens at this stage, where to complain, the credit record. */
export interface StageNoteText {
  readonly what: Words;
  /** Absent when nothing is overdue. */
  readonly rights?: Words;
  readonly credit?: Words;
}

const WHAT: Readonly<Record<Stage, Words>> = {
  current: { zh: '目前没有逾期。如果预计还不上，现在就联系出借方：逾期之前可谈的余地最大。', en: 'Nothing is overdue. If you expect to miss a payment, contact the lender now: you have the most room to agree terms before you fall behind.' },
  early: { zh: '逾期1–30天：通常是短信、电话和App提醒。这时主动联系、说明困难，最容易谈成分期。', en: '1–30 days: usually texts, calls and app reminders. Contacting the lender now and explaining your situation gives the best chance of instalments.' },
  mid: { zh: '逾期31–180天：催收会加重，可能转给外包催收，或发来“律师函”。真正的律师函写明律所、律师姓名和核实方式；短信不是法院传票，法院文书通过正式渠道送达。', en: "31–180 days: collection gets heavier, may pass to an agency, or a “lawyer's letter” may come. A real one names the firm and the lawyer and a way to verify it; a text message is not a court summons, and courts serve papers through official channels." },
  late: { zh: '逾期180天以上：债权可能被转给催收公司，出借方也可能起诉。收到法院正式文书要按时应对。不要为“撤诉”或“消除记录”向任何个人账户付“手续费”，先向出借方官方客服核实。', en: "Over 180 days: the debt may be sold to a collection agency, or the lender may sue. Answer official court papers on time. Never pay a “handling fee” to anyone's personal account to stop a lawsuit or clear a record; check with the lender's official customer service first." },
};

const RIGHTS: Words = { zh: '如果催收人员威胁、辱骂你，或骚扰你的家人、朋友、同事，可以投诉：金融监管 12378，人民银行（征信）12363，消费者 12315；遇到威胁或暴力请报警 110。保留录音、截图和日期。', en: 'If collectors threaten or insult you, or harass your family, friends or colleagues, you can complain: financial regulator 12378, PBOC (credit reports) 12363, consumer line 12315; for threats or violence call the police on 110. Keep recordings, screenshots and dates.' };

/** A person or an unlicensed lender answers to none of the financial lines (evidence-flags.ts, NOT_LICENSED). */
const RIGHTS_NOT_LICENSED: Words = { zh: '出借人不是持牌金融机构，12378 等金融投诉渠道不受理；如果出借人或替其催收的人威胁、辱骂你，或骚扰你的家人、朋友、同事，可以报警 110。保留录音、截图和日期。', en: 'The lender is not a licensed institution, so the financial complaint lines such as 12378 do not hear it; if the lender or anyone collecting for it threatens or insults you, or harasses your family, friends or colleagues, call the police on 110. Keep recordings, screenshots and dates.' };

const CREDIT: Words = { zh: '逾期记录自还清之日起保留5年；你每年可以免费查询两次自己的信用报告。', en: 'A late-payment record stays for 5 years from the day the debt is settled; you can see your own credit report free twice a year.' };

/**
 * The note for a stage and a regime. The texts live here rather than in the planner's text tables:
 * they show only beside a report, so they load with the engine, off the planner's first-load
 * JavaScript (issue 7's budget).
 */
export function stageNote(stage: Stage, regime: Regime): StageNoteText {
  if (stage === 'current') return { what: WHAT.current };
  return { what: WHAT[stage], rights: regime === 'licensed' ? RIGHTS : RIGHTS_NOT_LICENSED, credit: CREDIT };
}
