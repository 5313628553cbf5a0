import type { Bilingual, Lang } from '@/lib/display/lang';

/**
 * The guide page's strings (issue 6), in 简体中文 and English, apart from the planner's table so
 * that the planner's first-load JavaScript does not carry them. `{name}` marks a value filled in;
 * `{name|one|other}` is an English word for a count: `one` when the value is 1 (Chinese needs none).
 */
export const GUIDE_TEXT = {
  'guide.heading': { zh: '处境与应对', en: 'Where you stand, and what you can do' },
  'guide.intro': { zh: '根据你在还款规划里填写的案件：你处在哪个逾期阶段、接下来可能发生什么；收到的“律师函”或短信是真是假；如何记录和投诉违规催收。', en: 'From the case in your repayment planner: which stage of arrears you are in and what may happen next; whether a “lawyer’s letter” or text is real; how to log abusive collection and complain.' },
  'guide.notAdvice': { zh: '这里是一般信息，不构成法律意见。你填写的一切只保存在这台设备的浏览器里，不会发送到任何地方。', en: 'This is general information, not legal advice. Everything you enter stays in this browser, on this device, and is sent nowhere.' },
  'guide.language': { zh: '语言', en: 'Language' },
  'guide.planner': { zh: '← 回到还款规划', en: '← Back to the repayment planner' },
  'guide.sections': { zh: '本页内容', en: 'On this page' },

  'stage.heading': { zh: '你现在在哪个阶段', en: 'Where you are' },
  'stage.timeline': { zh: '逾期阶段时间线', en: 'Timeline of arrears stages' },
  'stage.here': { zh: '你在这里', en: 'You are here' },
  'stage.days': { zh: '截至{asOf}已逾期 {days} 天。', en: '{days} {days|day|days} overdue as of {asOf}.' },
  'stage.notOverdue': { zh: '截至{asOf}没有逾期。', en: 'Nothing is overdue as of {asOf}.' },
  'stage.loading': { zh: '正在读取你的案件…', en: 'Reading your case…' },
  'stage.noCase': { zh: '在还款规划里填好借款信息后，这里会标出你所处的阶段。下面是每个阶段通常会发生的事。', en: 'Once the loan is filled in in the repayment planner, your stage is marked here. Below is what usually happens at each stage.' },
  'stage.invalid': { zh: '案件还有需要修改的地方，暂时无法算出逾期天数。', en: 'The case still has entries to correct, so the days overdue cannot be worked out yet.' },
  'stage.fill': { zh: '去填写借款信息', en: 'Fill in the loan' },
  'stage.happensNext': { zh: '通常会发生什么', en: 'What typically happens' },
  'stage.lawful': { zh: '合法的做法', en: 'What is lawful' },
  'stage.unlawful': { zh: '违规的做法', en: 'What breaks the rules' },
  'stage.nextStep': { zh: '最好的下一步：', en: 'Best next step: ' },
  'stage.credit': { zh: '征信记录', en: 'Your credit record' },
  'stage.card': { zh: '信用卡欠款', en: 'Credit card debts' },
  'stage.details': { zh: '这个阶段的详情', en: 'Details of this stage' },

  'barred.heading': { zh: '诉讼时效：先看清再写信', en: 'Time limits: read this before any letter' },
  'barred.warning': { zh: '按你填写的信息，这笔债务可能已过诉讼时效。', en: 'From what you entered, this debt may be past the limitation period.' },
  'barred.notBarred': { zh: '按你填写的信息，这笔债务没有超过三年诉讼时效。', en: 'From what you entered, this debt is within the three-year limitation period.' },
  'barred.explain': { zh: '诉讼时效是出借人通过法院要求还款的期限，一般为三年，从最后一期到期日（或出借人宣布全部提前到期之日）起算；在此期间内，你每还一笔款、出借人每催收一次，都会重新起算；期满后才催收的，不会重新起算。时效过了，债务并不消失，但被起诉时你可以以此抗辩。如果你在时效过后同意还款（无论书面还是口头）或者还了款（哪怕只还一部分），就可能失去这个抗辩。所以在发出任何协商信之前，先弄清出借人是否在每个三年期满前向你催收过，并咨询律师或法律援助。', en: 'The limitation period is the time the lender has to claim the debt through the courts: generally three years from the last instalment’s due date (or the day the lender called in the whole loan). While it runs, each payment you make, and each demand by the lender, starts it again; a demand made after it has run does not. When it has run, the debt does not disappear, but if you are sued you can rely on it as a defence. If, after that, you agree to pay (in writing or not) or pay any of it, you may lose that defence. So before you send any letter, find out whether the lender demanded payment before each three years ran out, and talk to a lawyer or legal aid.' },

  'check.heading': { zh: '这封律师函或短信是真的吗？', en: 'Is this lawyer’s letter or text real?' },
  'check.intro': { zh: '对照你收到的信息回答下面的问题。答案只用于这里的判断，不会保存。', en: 'Answer these questions about the message you received. The answers are used only here and are not saved.' },
  'check.yes': { zh: '是', en: 'Yes' },
  'check.no': { zh: '否', en: 'No' },
  'check.unsure': { zh: '不确定', en: 'Not sure' },
  'check.verdict': { zh: '判断：{verdict}', en: 'Verdict: {verdict}' },
  'check.verdict.likely-genuine': { zh: '很可能是真的', en: 'likely genuine' },
  'check.verdict.suspicious': { zh: '可疑', en: 'suspicious' },
  'check.verdict.likely-scam': { zh: '很可能是诈骗', en: 'likely a scam' },
  'check.why': { zh: '为什么', en: 'Why' },
  'check.todo': { zh: '怎么做', en: 'What to do' },
  'check.clear': { zh: '清空答案', en: 'Clear the answers' },

  'log.heading': { zh: '催收记录', en: 'Evidence log' },
  'log.intro': { zh: '每次被催收都记下来：时间、方式、对方是谁、说了什么。记录随案件保存在这台设备上，导出案件文件时一并导出。证据只记文件名，文件本身不会被读取或上传。', en: 'Log every collection contact: when, how, who, and what was said. The log is saved with your case on this device and exported with the case file. Evidence is noted by file name only: the files are never read or uploaded.' },
  'log.empty': { zh: '还没有记录。', en: 'Nothing logged yet.' },
  'log.count': { zh: '共 {n} 条记录，其中 {flagged} 条涉嫌违规。', en: '{n} {n|contact|contacts} logged, {flagged} flagged.' },
  'log.caption': { zh: '已记录的催收联系', en: 'Collection contacts logged' },
  'log.entry': { zh: '第 {n} 条', en: 'Contact {n}' },
  'log.flags': { zh: '涉嫌违规', en: 'Flagged' },
  'log.noFlags': { zh: '未发现违规', en: 'Nothing flagged' },
  'log.complainTo': { zh: '可投诉至：', en: 'Complain to: ' },
  'log.evidence': { zh: '证据：', en: 'Evidence: ' },
  'log.add': { zh: '+ 记下一次联系', en: '+ Log a contact' },
  'log.edit': { zh: '修改', en: 'Edit' },
  'log.edit.label': { zh: '修改第 {n} 条', en: 'Edit contact {n}' },
  'log.delete': { zh: '删除', en: 'Delete' },
  'log.delete.label': { zh: '删除第 {n} 条', en: 'Delete contact {n}' },
  'log.deleted': { zh: '已删除一条记录。', en: 'One contact deleted.' },
  'log.undo': { zh: '撤销删除', en: 'Undo delete' },
  'log.restored': { zh: '刚删除的记录已恢复。', en: 'The deleted contact is back.' },
  'log.saved': { zh: '已保存。', en: 'Saved.' },
  'log.form.new': { zh: '新的一次联系', en: 'A new contact' },
  'log.form.edit': { zh: '修改第 {n} 条', en: 'Editing contact {n}' },
  'log.at': { zh: '日期和时间', en: 'Date and time' },
  'log.channel': { zh: '方式', en: 'Channel' },
  'log.who': { zh: '对方是谁', en: 'Who contacted you' },
  'log.who.hint': { zh: '如：自称某公司催收员、某律师事务所、不明号码 138…', en: 'E.g. a collector for a named company, a law firm, an unknown number 138…' },
  'log.summary': { zh: '说了什么、做了什么', en: 'What was said or done' },
  'log.conduct': { zh: '有没有这些情况', en: 'Did any of these happen?' },
  'log.thirdParty': { zh: '联系了我的家人、朋友、同事或通讯录里的其他人', en: 'They contacted my family, friends, colleagues or others in my address book' },
  'log.threats': { zh: '威胁人身安全或以暴力相威胁', en: 'They threatened violence or my safety' },
  'log.insults': { zh: '辱骂、侮辱', en: 'They insulted or abused me' },
  'log.impersonation': { zh: '冒充警察、法院、检察院等公职人员', en: 'They claimed to be police, a court, prosecutors or other officials' },
  'log.attachments': { zh: '证据文件名（录音、截图）', en: 'Evidence file names (recordings, screenshots)' },
  'log.attachments.hint': { zh: '每行一个文件名。也可以选择文件：只记下文件名，不读取内容。', en: 'One file name per line. Or choose the files: only their names are noted, never their content.' },
  'log.pick': { zh: '选择证据文件（只记文件名）', en: 'Choose evidence files (names only)' },
  'log.save': { zh: '保存这条记录', en: 'Save this contact' },
  'log.cancel': { zh: '取消', en: 'Cancel' },
  'log.error.at': { zh: '请填写日期和时间（精确到分钟）。', en: 'Enter the date and time (to the minute).' },
  'log.error.who': { zh: '请填写对方是谁；不清楚可以写“不明号码”。', en: 'Say who it was; “unknown number” is fine.' },
  'log.error.long': { zh: '太长了：最多 {max} 个字。', en: 'Too long: at most {max} characters.' },
  'log.error.files': { zh: '最多记 {max} 个文件名，每个不超过 200 个字。', en: 'At most {max} file names, each up to 200 characters.' },
  'log.full': { zh: '记录已满（最多 {max} 条）。', en: 'The log is full ({max} contacts at most).' },
  'log.fix': { zh: '请先改正标出的问题。', en: 'Correct the marked entries first.' },

  'channel.call': { zh: '电话', en: 'Call' },
  'channel.sms': { zh: '短信', en: 'Text message' },
  'channel.app': { zh: 'App消息', en: 'App message' },
  'channel.wechat': { zh: '微信', en: 'WeChat' },
  'channel.visit': { zh: '上门', en: 'Visit' },
  'channel.letter': { zh: '信件', en: 'Letter' },
  'channel.other': { zh: '其他', en: 'Other' },

  'complaint.heading': { zh: '投诉违规催收', en: 'Complain about abusive collection' },
  'complaint.intro': { zh: '根据催收记录生成一份投诉书（PDF），记录表作为附件。可以先打电话投诉，再把投诉书作为书面材料寄出或提交。', en: 'Make a complaint letter (PDF) from your log, with the log enclosed as a table. You can phone first and send or hand in the letter as the written record.' },
  'complaint.police': { zh: '遇到威胁或暴力，请立即拨打 110 报警。', en: 'If you are threatened or in danger, call the police on 110 now.' },
  'complaint.notLicensed': { zh: '你在规划页选择的出借人不是持牌金融机构（个人或无牌放贷人）。12378、12363、12315 受理的是对金融机构和经营者的投诉，催收行业规范也只约束机构；个人或无牌放贷人威胁、辱骂、骚扰你，请向公安机关报案（110）。如果出借人其实是银行、消费金融公司或小额贷款公司，请在规划页改正出借人类型。', en: 'The lender chosen in the planner is not a licensed financial institution (a person or an unlicensed lender). 12378, 12363 and 12315 hear complaints about financial institutions and businesses, and the collection industry’s guideline binds institutions only: report threats, insults or harassment by a person or an unlicensed lender to the police (110). If the lender is in fact a bank, a consumer finance company or a microloan company, correct the lender type in the planner.' },
  'complaint.channel': { zh: '投诉给谁', en: 'Who to complain to' },
  'complaint.suggested': { zh: '（按你的记录建议）', en: '(suggested by your log)' },
  'complaint.language': { zh: '投诉书语言', en: 'Language of the letter' },
  'complaint.download': { zh: '下载投诉书（PDF）', en: 'Download the complaint (PDF)' },
  'complaint.loading': { zh: '正在加载字体和排版工具…', en: 'Loading the font and the PDF tools…' },
  'complaint.rendering': { zh: '正在生成 PDF…', en: 'Making the PDF…' },
  'complaint.saved': { zh: '已生成并保存。', en: 'Done: the complaint is saved.' },
  'complaint.missing': { zh: '字体中没有以下字符，PDF 中以“□”代替，请核对或改写：', en: 'The font cannot print these characters; the PDF shows “□” instead, so check or retype them: ' },
  'complaint.enHint': { zh: '12378、12363、12315、110 和出借人一般只处理中文材料：要提交的投诉书请选“简体中文”，英文版可供你自己阅读。', en: '12378, 12363, 12315, 110 and the lender usually deal only with Chinese: choose 简体中文 for the complaint you submit, and keep the English one to read yourself.' },
  'complaint.failed': { zh: '生成失败：', en: 'Could not make the PDF: ' },
  'complaint.needsLog': { zh: '先在上面的催收记录里记下至少一次联系。', en: 'Log at least one contact above first.' },
  'complaint.needsCase': { zh: '投诉书要写明被投诉的出借人：请先在还款规划里填写出借人名称。', en: 'The complaint names the lender it is about: fill in the lender’s name in the repayment planner first.' },
  'complaint.noLoan': { zh: '规划页里的借款信息还不完整或有错误，投诉书将只写明你在该出借人处有借款，不写金额和逾期天数。投诉只需要出借人名称；借款信息填写正确后，投诉书会写明借款情况。', en: 'The loan in the planner is incomplete or has errors, so the complaint will say only that you have a loan from this lender, without its figures or days overdue. A complaint needs only the lender’s name; once the loan is filled in correctly, the complaint states its facts.' },
  'complaint.waiting': { zh: '正在读取规划页的借款信息…', en: 'Reading the loan from the planner…' },
  'complaint.confirmTitle': { zh: '请先确认：这笔债务可能已过诉讼时效', en: 'Please confirm first: this debt may be time-barred' },
  'complaint.confirm': { zh: '我已了解，仍要生成', en: 'I understand; make the complaint' },
  'complaint.cancel': { zh: '取消', en: 'Cancel' },
} as const satisfies Record<string, Bilingual>;

export type GuideKey = keyof typeof GUIDE_TEXT;

/** A guide string in the language, `{name}` filled in from vars, `{name|one|other}` agreeing with it. */
export function guideText(lang: Lang, key: GuideKey, vars?: Readonly<Record<string, string | number>>): string {
  const text: string = GUIDE_TEXT[key][lang];
  if (!vars) return text;
  return text
    .replace(/\{(\w+)\|([^|}]*)\|([^|}]*)\}/g, (whole, name: string, one: string, other: string) => (name in vars ? (Number(vars[name]) === 1 ? one : other) : whole))
    .replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}
