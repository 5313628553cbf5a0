import { isZeroRate, type LetterWords } from './words';

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const BASE = { supported: '依法支持的欠款', claimed: '按合同计算的欠款', demanded: '贵方主张的欠款', amount: '欠款' } as const;
const rateText = (rate: string) => (isZeroRate(rate) ? '期间停止计息' : `期间按年利率${rate}%计息`);

/** The letter in Chinese: a formal 协商还款申请, firm and polite. */
export const WORDS_ZH: LetterWords = {
  title: '协商还款申请',
  field: { to: '致', contractNo: '合同编号', from: '申请人', phone: '联系电话', address: '通讯地址', idLast4: '身份证号后四位', date: '日期', subject: '事由' },
  salutation: (lender) => `${lender}：`,
  unnamedLender: '贵方',
  opening: (name, no) =>
    `本人${name ?? ''}是贵方的借款人${no ? `（合同编号：${no}）` : ''}。因目前经济困难，本人无法按原合同约定按期还款，现向贵方申请协商还款。具体情况如下：`,
  numbered: (i, heading) => `${NUMERALS[i] ?? String(i + 1)}、${heading}`,
  heading: { loan: '借款与还款情况', hardship: '本人目前的困难', law: '依法支持的金额', proposal: '还款方案', requests: '其他请求' },
  method: { 'equal-payment': '等额本息', 'equal-principal': '等额本金', 'interest-first': '先息后本', bullet: '到期一次还本付息', flat: '等本等息' },
  rate: (value, per) => `${{ day: '日', month: '月', year: '年' }[per]}利率${value}%`,
  deductedFee: (name, amount) => `${name}${amount}`,
  loan: (f) =>
    `${f.start}，本人向贵方借款，合同本金${f.principal}${f.deducted.length ? `，放款时扣除${f.deducted.join('、')}，实际到手${f.received}` : ''}；` +
    `还款方式为${f.method}，借款期限${f.months}个月；合同约定${f.rate}${f.annual ? `，折合年利率${f.annual}` : ''}` +
    `${f.apr ? `；按${f.deducted.length ? '实际到手金额' : '本金'}和全部应还款项计算，实际年化利率（IRR）为${f.apr}` : ''}。`,
  payments: (asOf, count, total, last) =>
    count === 0 ? `截至${asOf}，本人尚未还款。` : `截至${asOf}，本人已还款${count}次，共计${total}，最近一次还款日为${last}。`,
  overdue: (since, days, asOf) => `本人自${since}起未能按期还款，截至${asOf}已逾期${days}天。`,
  charge: { penaltyInterest: (a) => `罚息${a}`, compoundInterest: (a) => `复利${a}`, lateFees: (a) => `违约金等费用${a}` },
  statement: (asOf, totalDue, charges, payoff) =>
    `按合同计算，截至${asOf}已到期未还${totalDue}${charges.length ? `（其中${charges.join('、')}）` : ''}，一次结清全部欠款需${payoff}。`,
  penaltyAssumed: (rate, base) =>
    `以上罚息是本人${rate ? '按合同利率的1.5倍' : ''}${rate && base ? '、' : ''}${base ? '仅对已逾期的本金' : ''}估算的；如合同约定不同，请告知并提供计算明细。`,
  demand: (amount, date, source, gap) =>
    `贵方${date ? `于${date}` : ''}${source ? `通过${source}` : ''}要求本人还款${amount}${gap ? `，比按合同计算的结清金额多${gap}，请说明差额的构成` : ''}。`,
  law: {
    line: (id, rate, label, lprOn) => CAP_LINE_ZH[id]?.(rate, lprOn) ?? `适用的上限是“${label}”。`,
    deducted: (fees, received) => `放款时预先扣除的${fees.join('、')}不是本金，本金应按实际到手的${received}计算。`,
    termExceeds: (apr, cap, onRequest) => `按实际到手金额计算，该笔借款的实际年化利率为${apr}，超过${cap}的上限，${onRequest ? '本人依法请求对超过部分予以调减' : '超过部分不受法律保护'}。`,
    overdueExceeds: (asOf, charged, limit, excess) => `截至${asOf}，罚息、复利和违约金等合计${charged}，按上述上限计算最多为${limit}，超出${excess}。`,
    void: (received) => `贵方未取得放贷资格，以营利为目的向社会不特定对象出借资金，借款合同无效，本人只需返还实际收到的本金${received}。`,
    payoff: (asOf, claimed, supported, excess, ask) =>
      `综上，按合同计算截至${asOf}的结清金额为${claimed}，依法支持的金额约为${supported}，超出${excess}。${ask ? '请贵方核减超出部分，以依法支持的金额为基础与本人协商。' : ''}`,
    demandExcess: (demand, supported, excess, ask) =>
      `贵方要求还款${demand}，依法支持的金额约为${supported}，超出${excess}。${ask ? '请贵方核减超出部分，以依法支持的金额为基础与本人协商。' : ''}`,
    refund: (asOf, claimed, overpaid) =>
      `综上，${claimed ? `按合同计算截至${asOf}的结清金额为${claimed}；` : ''}依法计算，本人已还款项已超过应还金额，多付${overpaid}，该笔借款已无欠款。`,
  },
  withWords: (figure, words) => `${figure}（${words}）`,
  source: '依据：',
  proposal: {
    instalments: (p) =>
      `本人提议${p.downPayment ? `在双方达成协议后先支付${p.downPayment}，余下的${p.amount}` : `将${BASE[p.baseKind]}${p.amount}`}自${p.first}起分${p.months}期按月偿还，` +
      `每期${p.payment}，${rateText(p.rate)}，合计还款${p.total}。`,
    deferral: (p) =>
      `本人提议自即日起暂停还款${p.graceMonths}个月，暂停${isZeroRate(p.graceRate) ? '期间停止计息' : `期间按年利率${p.graceRate}%计息，利息${p.graceInterest}${p.graceInterestPaid === 'with-first' ? '随第一期支付' : '计入待还金额'}`}；` +
      `${p.downPayment ? `在双方达成协议后先支付${p.downPayment}，` : ''}自${p.first}起将${p.amount}分${p.months}期按月偿还，每期${p.payment}，${rateText(p.rate)}，合计还款${p.total}。`,
    settlement: (amount, date) =>
      `本人提议于${date}前一次性支付${amount}，作为该笔借款的全部还款；贵方收到后，双方就该笔借款的债权债务全部结清，贵方不再向本人主张任何款项。`,
    none: '本人希望与贵方协商分期或延期还款，具体金额和期限可根据本人的还款能力共同商定。',
    commitment: '双方达成协议后，本人将按约履行。',
  },
  table: { caption: '还款计划', n: '期数', date: '还款日期', payment: '还款金额（元）', balance: '剩余金额（元）', down: '首付', onAgreement: '达成协议时', total: '合计' },
  request: (id, charged, asOf, reachable, included) => {
    switch (id) {
      case 'waive-penalties':
        return `请减免罚息、复利、违约金及其他费用${charged ? `（按合同计算，截至${asOf}共计${charged}）` : ''}。` +
          (included ? `上述方案的金额中仍含这部分费用${included}；如贵方同意减免，请相应核减方案金额。` : '');
      case 'stop-third-party-contact':
        return `请停止联系本人通讯录中的亲友、同事等第三方，不向他人透露本人的债务情况；请${reachable ? '通过本人的上述联系方式' : '直接'}与本人沟通，并依法合规催收。`;
      case 'written-confirmation':
        return '双方达成的任何还款安排，请以书面形式（加盖贵方公章或通过贵方官方渠道）予以确认。';
      case 'send-statement':
        return '请提供截至目前的欠款明细，逐项列明本金、利息、罚息、复利及各项费用的金额和计算方法。';
    }
  },
  closingParagraph: '以上申请，恳请贵方予以考虑，并于收到本函之日起十五日内书面答复。本人愿意诚信还款，希望与贵方达成双方都能接受的方案。',
  closing: [{ text: '此致', indent: true }, { text: '敬礼！', indent: false }],
  signature: { sign: '申请人（签名）：', name: '姓名：', date: '日期：' },
  footer: '本函使用“协商还款助手”拟写；不构成法律意见。',
  pageLabel: '第 {page} 页，共 {pages} 页',
};

/**
 * The decisive cap lines in a letter's words. A review found the letter quoting the app's own label
 * ("适用的上限是“年利率24%：持牌金融机构…的上限”"): to a lender, the rule is stated, not the screen.
 */
const CAP_LINE_ZH: Readonly<Record<string, (rate: string, lprOn: string | undefined) => string>> = {
  // 法发〔2017〕22号 Art. 2: the borrower's request to reduce what is above 24% all-in is upheld; no hard cap.
  'licensed-24': () => '贵方作为持牌金融机构，所主张的利息、复利、罚息、违约金和其他费用合计超过年利率24%的部分，借款人请求调减的，人民法院应予支持。',
  'lpr-4x': (rate, on) => `本借款为2020年8月20日以后成立的民间借贷，利率以合同成立时一年期贷款市场报价利率（LPR）的4倍为限，${on ? `按${on}的LPR计` : '即'}为年利率${rate}。`,
  'old-24': () => '本借款成立于2020年8月20日之前，2020年8月19日以前的利息以年利率24%为限。',
  'lpr-4x-filing': (rate, on) => `自2020年8月20日起，利率以起诉时一年期贷款市场报价利率（LPR）的4倍为限，${on ? `按${on}的LPR计` : '即'}为年利率${rate}。`,
};
