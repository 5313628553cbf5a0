/**
 * Every legal source the app cites, keyed by id: the Chinese title as the instrument is cited in
 * court, with an English gloss. One place to correct a citation.
 */
export interface Citation { readonly zh: string; readonly en: string }

const SPL2020 = '《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》（法释〔2020〕17号）';
const SPL2020_EN = 'SPC Provisions on Private Lending Cases (Fa Shi [2020] No. 17)';
const SPL2015 = '《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》（法释〔2015〕18号）';
const SPL2015_EN = 'SPC Provisions on Private Lending Cases, 2015 (Fa Shi [2015] No. 18)';
const CIVIL = '《中华人民共和国民法典》';
const CIVIL_EN = 'Civil Code of the PRC';
const CREDIT = '《征信业管理条例》';
const CREDIT_EN = 'Regulation on the Administration of the Credit Reporting Industry';

export const CITATIONS = {
  'spl2020-13': { zh: `${SPL2020}第十三条第（三）项`, en: `${SPL2020_EN}, Art. 13(3)` },
  'spl2020-25': { zh: `${SPL2020}第二十五条`, en: `${SPL2020_EN}, Art. 25` },
  'spl2020-26': { zh: `${SPL2020}第二十六条`, en: `${SPL2020_EN}, Art. 26` },
  'spl2020-28': { zh: `${SPL2020}第二十八条`, en: `${SPL2020_EN}, Art. 28` },
  'spl2020-29': { zh: `${SPL2020}第二十九条`, en: `${SPL2020_EN}, Art. 29` },
  'spl2020-31': { zh: `${SPL2020}第三十一条`, en: `${SPL2020_EN}, Art. 31` },
  'spl2015-26': { zh: `${SPL2015}第二十六条`, en: `${SPL2015_EN}, Art. 26` },
  'spl2015-30': { zh: `${SPL2015}第三十条`, en: `${SPL2015_EN}, Art. 30` },
  'fin2017-2': { zh: '《最高人民法院关于进一步加强金融审判工作的若干意见》（法发〔2017〕22号）第二条', en: 'SPC Opinions on Further Strengthening Financial Trials (Fa Fa [2017] No. 22), Art. 2' },
  'reply2020-27': { zh: '《最高人民法院关于新民间借贷司法解释适用范围问题的批复》（法释〔2020〕27号）', en: 'SPC Reply on the Scope of the New Private Lending Interpretation (Fa Shi [2020] No. 27)' },
  'cashloan2017-141': { zh: '《关于规范整顿“现金贷”业务的通知》（整治办函〔2017〕141号）', en: 'Notice on Regulating and Rectifying Cash Loan Business (Zheng Zhi Ban Han [2017] No. 141)' },
  'pboc2021-3': { zh: '中国人民银行公告〔2021〕第3号', en: 'PBOC Announcement [2021] No. 3 (annualised rate disclosure)' },
  'civil-560': { zh: `${CIVIL}第五百六十条`, en: `${CIVIL_EN}, Art. 560` },
  'civil-561': { zh: `${CIVIL}第五百六十一条`, en: `${CIVIL_EN}, Art. 561` },
  'civil-670': { zh: `${CIVIL}第六百七十条`, en: `${CIVIL_EN}, Art. 670` },
  'civil-188': { zh: `${CIVIL}第一百八十八条`, en: `${CIVIL_EN}, Art. 188` },
  'civil-189': { zh: `${CIVIL}第一百八十九条`, en: `${CIVIL_EN}, Art. 189` },
  'civil-192': { zh: `${CIVIL}第一百九十二条`, en: `${CIVIL_EN}, Art. 192` },
  'civil-195': { zh: `${CIVIL}第一百九十五条`, en: `${CIVIL_EN}, Art. 195` },
  'limitation-19': { zh: '《最高人民法院关于审理民事案件适用诉讼时效制度若干问题的规定》第十九条', en: 'SPC Provisions on Limitation in Civil Cases, Art. 19' },
  'credit-16': { zh: `${CREDIT}第十六条`, en: `${CREDIT_EN}, Art. 16` },
  'credit-17': { zh: `${CREDIT}第十七条`, en: `${CREDIT_EN}, Art. 17` },
  'card-70': { zh: '《商业银行信用卡业务监督管理办法》第七十条', en: 'Measures for the Supervision of Commercial Banks’ Credit Card Business, Art. 70' },
} as const satisfies Record<string, Citation>;

export type CitationId = keyof typeof CITATIONS;

/** A citation as one line: the Chinese title followed by its English gloss. */
export function cite(...ids: ReadonlyArray<CitationId>): string {
  return ids.map((id) => `${CITATIONS[id].zh} (${CITATIONS[id].en})`).join('; ');
}
