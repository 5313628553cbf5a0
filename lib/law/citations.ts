/**
 * Every legal source the app cites, keyed by id: the Chinese title as the instrument is cited in
 * court, with an English gloss. One place to correct a citation.
 */
export interface Citation {
  readonly zh: string;
  readonly en: string;
  /** The instrument alone, so several articles of one instrument can be cited together. */
  readonly instrument: { readonly zh: string; readonly en: string };
  readonly article?: { readonly zh: string; readonly en: string };
  /** Best knowledge not yet confirmed against the primary text (LAW.md: "(verify)"): shown as such. */
  readonly verify?: boolean;
  /**
   * With `verify`: the instrument applies to every case this is cited for, only the article is
   * unconfirmed, so a letter may cite the instrument alone (lib/letter/cite-in-letter.ts).
   */
  readonly instrumentCertain?: boolean;
}

const I = {
  spl2020: { zh: '《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》（法释〔2020〕17号）', en: 'SPC Provisions on Private Lending Cases (Fa Shi [2020] No. 17)' },
  spl2015: { zh: '《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》（法释〔2015〕18号）', en: 'SPC Provisions on Private Lending Cases, 2015 (Fa Shi [2015] No. 18)' },
  fin2017: { zh: '《最高人民法院关于进一步加强金融审判工作的若干意见》（法发〔2017〕22号）', en: 'SPC Opinions on Further Strengthening Financial Trials (Fa Fa [2017] No. 22)' },
  reply2020: { zh: '《最高人民法院关于新民间借贷司法解释适用范围问题的批复》（法释〔2020〕27号）', en: 'SPC Reply on the Scope of the New Private Lending Interpretation (Fa Shi [2020] No. 27)' },
  cashloan: { zh: '《关于规范整顿“现金贷”业务的通知》（整治办函〔2017〕141号）', en: 'Notice on Regulating and Rectifying Cash Loan Business (Zheng Zhi Ban Han [2017] No. 141)' },
  pboc2021: { zh: '中国人民银行公告〔2021〕第3号', en: 'PBOC Announcement [2021] No. 3 (annualised rate disclosure)' },
  civil: { zh: '《中华人民共和国民法典》', en: 'Civil Code of the PRC' },
  limitation: { zh: '《最高人民法院关于审理民事案件适用诉讼时效制度若干问题的规定》', en: 'SPC Provisions on Limitation in Civil Cases' },
  credit: { zh: '《征信业管理条例》', en: 'Regulation on the Administration of the Credit Reporting Industry' },
  card: { zh: '《商业银行信用卡业务监督管理办法》', en: 'Measures for the Supervision of Commercial Banks’ Credit Card Business' },
  pipl: { zh: '《中华人民共和国个人信息保护法》', en: 'Personal Information Protection Law of the PRC' },
  criminal: { zh: '《中华人民共和国刑法》', en: 'Criminal Law of the PRC' },
  // Revised 2025, in force 2026-01-01, renumbered: the revision is named so Art. 50 is read in it.
  security: { zh: '《中华人民共和国治安管理处罚法》（2025年修订）', en: 'Public Security Administration Punishments Law of the PRC (revised 2025)' },
  // The rules on collection hours and on contacting others. LAW.md §8 calls the source "the 2024
  // industry guideline" (the Internet Finance Association's 《互联网金融贷后催收业务指引》, May
  // 2024, which said it would give way to a national standard). The app cited it by a title no
  // instrument has; a legal review found the two now in force, both read in news reports only:
  // the national standard approved in March 2025 (no collection 22:00–08:00 unless agreed; contact
  // the debtor, not their contacts) and the China Banking Association's guideline of 30 January
  // 2026 (no collection 22:00–08:00 without the debtor's consent; none from unrelated third parties).
  collectionStandard: { zh: '国家标准《互联网金融 个人网络消费信贷 贷后催收风控指引》（2025年发布）', en: 'National standard on post-loan collection for personal online consumer credit (2025)' },
  cbaCollection: { zh: '中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》（2026年）', en: 'China Banking Association, Guidelines on the Collection of Personal Consumer Loans by Financial Institutions (Trial, 2026)' },
  // A regulation of the banking regulator (2022, in force 2023-03-01). As reported (北京商报,
  // 2022-12-30), it forbids collection that 冒用行政机关、司法机关等名义 or uses 暴力、恐吓、欺诈等
  // 不正当手段; read in news reports and study notes only, which give it as Art. 41.
  consumerProtection: { zh: '《银行保险机构消费者权益保护管理办法》', en: 'Measures for the Administration of Consumer Protection by Banking and Insurance Institutions' },
  // The NFRA's rules for microloan companies (issued 2024-12-31): the provincial local financial
  // regulator answers for their supervision. Its number is confirmed by provincial regulators'
  // own notices (Shanxi 2025-06, Shanghai 2025-12); its text was read in news reports only.
  microloan: { zh: '《小额贷款公司监督管理暂行办法》（金规〔2024〕26号）', en: 'Interim Measures for the Supervision of Microloan Companies (Jin Gui [2024] No. 26)' },
} as const;

function c(instrument: { zh: string; en: string }, zhArticle?: string, enArticle?: string): Citation {
  if (zhArticle === undefined || enArticle === undefined) return { zh: instrument.zh, en: instrument.en, instrument };
  return { zh: `${instrument.zh}${zhArticle}`, en: `${instrument.en}, ${enArticle}`, instrument, article: { zh: zhArticle, en: enArticle } };
}

export const CITATIONS = {
  'spl2020-13': c(I.spl2020, '第十三条第（三）项', 'Art. 13(3)'),
  'spl2020-25': c(I.spl2020, '第二十五条', 'Art. 25'),
  'spl2020-26': c(I.spl2020, '第二十六条', 'Art. 26'),
  'spl2020-28': c(I.spl2020, '第二十八条', 'Art. 28'),
  'spl2020-29': c(I.spl2020, '第二十九条', 'Art. 29'),
  'spl2020-31': c(I.spl2020, '第三十一条', 'Art. 31'),
  'spl2015-26': c(I.spl2015, '第二十六条', 'Art. 26'),
  'spl2015-30': c(I.spl2015, '第三十条', 'Art. 30'),
  'fin2017-2': c(I.fin2017, '第二条', 'Art. 2'),
  'reply2020-27': c(I.reply2020),
  'cashloan2017-141': c(I.cashloan),
  'pboc2021-3': c(I.pboc2021),
  // A void contract: what was received is returned, and the party at fault compensates the loss;
  // courts often order a void loan's borrower to pay for the use of the money (资金占用费).
  'civil-157': c(I.civil, '第一百五十七条', 'Art. 157'),
  'civil-560': c(I.civil, '第五百六十条', 'Art. 560'),
  'civil-561': c(I.civil, '第五百六十一条', 'Art. 561'),
  'civil-670': c(I.civil, '第六百七十条', 'Art. 670'),
  'civil-188': c(I.civil, '第一百八十八条', 'Art. 188'),
  'civil-189': c(I.civil, '第一百八十九条', 'Art. 189'),
  'civil-192': c(I.civil, '第一百九十二条', 'Art. 192'),
  'civil-195': c(I.civil, '第一百九十五条', 'Art. 195'),
  'limitation-19': c(I.limitation, '第十九条', 'Art. 19'),
  'credit-16': c(I.credit, '第十六条', 'Art. 16'),
  'credit-17': c(I.credit, '第十七条', 'Art. 17'),
  // Issue 6 (complaints to 12363): the right to object to wrong credit information (信息主体认为…存在错误、
  // 遗漏的，有权…提出异议，要求更正); not in LAW.md yet. Checked against the article's text as quoted by
  // several sources in session 9, so no longer marked to be verified.
  'credit-25': c(I.credit, '第二十五条', 'Art. 25'),
  'card-70': c(I.card, '第七十条', 'Art. 70'),
  // A bank credit-card rule: cited for collection conduct whatever the lender, which the case
  // format cannot tell (a "licensed" lender may be a bank or a microloan company).
  'card-68': { ...c(I.card, '第六十八条', 'Art. 68'), verify: true },
  'pipl-10': c(I.pipl, '第十条', 'Art. 10'),
  'criminal-279': c(I.criminal, '第二百七十九条', 'Art. 279'),
  // Where a debt can lead to prosecution: credit-card fraud, which includes malicious overdraft
  // (Art. 196), and refusing to carry out a judgment or ruling (Art. 313).
  'criminal-196': c(I.criminal, '第一百九十六条', 'Art. 196'),
  'criminal-313': c(I.criminal, '第三百一十三条', 'Art. 313'),
  // Threats, insults and repeated harassing messages: Art. 42 until 2025; the 2025 revision (in force
  // 2026-01-01) renumbered the law and this is now Art. 50 (paragraph 1, items 1, 2 and 5), by two
  // reviewers' knowledge of the new text, not yet checked against the published text: still `verify`.
  'security-50': { ...c(I.security, '第五十条', 'Art. 50'), verify: true, instrumentCertain: true },
  // Industry rules, not law, and read in news reports only: marked, and left out of letters.
  'collection-standard-2025': { ...c(I.collectionStandard), verify: true },
  'cba-collection-2026': { ...c(I.cbaCollection), verify: true },
  // Binds banks, consumer finance companies and insurers, not microloan companies (which the case
  // format cannot tell apart), and not confirmed against the published text: marked.
  'consumer-protection-2022': { ...c(I.consumerProtection), verify: true },
  'microloan-2024': { ...c(I.microloan), verify: true },
} as const satisfies Record<string, Citation>;

export type CitationId = keyof typeof CITATIONS;

/** Follows each source not yet confirmed against the primary text (`verify`), in a citation line. */
export const UNVERIFIED_MARK = '[待核实 / to be verified]';

/**
 * Citations as one line: the Chinese title followed by its English gloss, several articles of
 * one instrument written once (《民法典》第一百八十八条、第一百八十九条 (Civil Code, Arts. 188, 189)),
 * each source not yet confirmed followed by UNVERIFIED_MARK.
 */
export function cite(...ids: ReadonlyArray<CitationId>): string {
  const groups: Array<{ instrument: Citation['instrument']; articles: Array<NonNullable<Citation['article']>>; unverified: boolean }> = [];
  for (const id of ids) {
    const { instrument, article, verify = false } = CITATIONS[id] as Citation;
    const last = groups[groups.length - 1];
    // An article to be confirmed is cited on its own, so that its mark covers it alone.
    if (last && last.instrument === instrument && article && last.articles.length && last.unverified === verify) last.articles.push(article);
    else groups.push({ instrument, articles: article ? [article] : [], unverified: verify });
  }
  return groups
    .map(({ instrument, articles, unverified }) => {
      const mark = unverified ? ` ${UNVERIFIED_MARK}` : '';
      if (!articles.length) return `${instrument.zh} (${instrument.en})${mark}`;
      const zh = articles.map((a) => a.zh).join('、');
      const en = articles.length === 1 ? articles[0]!.en : `Arts. ${articles.map((a) => a.en.replace(/^Art\. /, '')).join(', ')}`;
      return `${instrument.zh}${zh} (${instrument.en}, ${en})${mark}`;
    })
    .join('; ');
}
