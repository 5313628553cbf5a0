import { cite, type CitationId } from '../law/citations';
import type { Words } from '../law/messages';

/** A logged collection contact (case file `evidence`). */
export interface Contact {
  /** Local date and time, `yyyy-MM-ddTHH:mm`. */
  readonly at: string;
  readonly channel: 'call' | 'sms' | 'app' | 'wechat' | 'visit' | 'letter' | 'other';
  readonly who: string;
  readonly summary?: string;
  readonly thirdParty?: boolean;
  readonly threats?: boolean;
  readonly insults?: boolean;
  readonly impersonation?: boolean;
  readonly falseLegalClaims?: boolean;
  readonly thirdPartyThreats?: boolean;
  readonly attachments?: ReadonlyArray<string>;
}

export type FlagId = 'late-night' | 'third-party' | 'third-party-threats' | 'threats' | 'insults' | 'false-legal-claims' | 'impersonation';

/** Where to complain (LAW.md §8). */
export type Channel = '12378' | '12363' | '12315' | '110' | 'lender';

export interface Flag {
  readonly id: FlagId;
  readonly message: Words;
  readonly citation: string;
  /** The channels this conduct is reported to, most fitting first. */
  readonly complainTo: ReadonlyArray<Channel>;
}

/**
 * Night hours for collection: from 22:00 (LAW.md §8) until 08:00. LAW.md gives only the evening
 * bound; the 2025 national standard and the 2026 banking association guideline both give
 * 22:00–08:00 (lib/law/citations.ts). Kept here as data so one edit corrects it.
 */
export const NIGHT_FROM_HOUR = 22;
export const NIGHT_UNTIL_HOUR = 8;
/** Where the night hours come from: industry rules, cited wherever they are (lib/law/citations.ts). */
export const NIGHT_SOURCES = ['collection-standard-2025', 'cba-collection-2026'] as const satisfies ReadonlyArray<CitationId>;

const hh = (hour: number) => `${String(hour).padStart(2, '0')}:00`;
/**
 * The night window as the flag states it. A contact at 07:30 is flagged too, so the wording names
 * both ends: "after 22:00" would be a false statement of fact in a complaint about that contact.
 */
export const NIGHT_WINDOW: Words = {
  zh: `${hh(NIGHT_FROM_HOUR)}至次日${hh(NIGHT_UNTIL_HOUR)}之间`,
  en: `between ${hh(NIGHT_FROM_HOUR)} and ${hh(NIGHT_UNTIL_HOUR)}`,
};

const FLAGS: Readonly<Record<FlagId, Omit<Flag, 'id'>>> = {
  'late-night': {
    message: { zh: `深夜催收：${NIGHT_WINDOW.zh}联系`, en: `Collection late at night: contacted ${NIGHT_WINDOW.en}` },
    citation: cite(...NIGHT_SOURCES),
    complainTo: ['12378', 'lender'],
  },
  'third-party': {
    message: { zh: '联系与债务无关的第三人（通讯录联系人、亲友、同事）或向其透露债务', en: 'Contacted people unrelated to the debt (address-book contacts, family, colleagues) or told them about the debt' },
    citation: cite('pipl-10', 'card-68'),
    complainTo: ['12378', 'lender'],
  },
  threats: {
    message: { zh: '威胁人身安全或以暴力相威胁', en: 'Threats of violence or to your safety' },
    citation: cite('security-50'),
    complainTo: ['110', '12378'],
  },
  insults: {
    message: { zh: '辱骂、侮辱', en: 'Insults or abuse' },
    citation: cite('security-50', 'card-68'),
    complainTo: ['12378', 'lender'],
  },
  impersonation: {
    message: { zh: '冒充公检法等国家机关工作人员', en: 'Impersonating police, prosecutors, courts or other officials' },
    citation: cite('criminal-279'),
    complainTo: ['110'],
  },
  // The banking association's guideline (as reported) forbids 采取误导性表述虚构或夸大事实 and
  // 夸大债务…法律后果; the 2022 consumer-protection measures forbid 欺诈 and using a court's name.
  // A claim is not a crime by itself, so the regulator and the lender first, as for insults;
  // a forged court paper or a caller posing as a judge is `impersonation` (the police).
  'false-legal-claims': {
    message: {
      zh: '虚假或误导性的法律说法：谎称已起诉、已立案，冒充律师或律师事务所，或以欠款将被拘留、坐牢、“上门抓人”相威胁',
      en: 'False or misleading legal claims: saying you have been sued or a case is filed when it is not, posing as a lawyer or law firm, or threatening arrest, jail or “coming to take you away” over the debt',
    },
    citation: cite('cba-collection-2026', 'consumer-protection-2022'),
    complainTo: ['12378', 'lender'],
  },
  // A threat, not a contact: the guideline forbids 恐吓、威胁 and collecting from unrelated third
  // parties, the 2022 measures 恐吓; where they are contacted, `third-party` is flagged as well.
  'third-party-threats': {
    message: { zh: '威胁把欠款的事告诉你的单位、家人或通讯录联系人', en: 'Threatening to tell your employer, family or contacts about the debt' },
    citation: cite('cba-collection-2026', 'consumer-protection-2022'),
    complainTo: ['12378', 'lender'],
  },
};

/**
 * The same conduct by a lender that is not a licensed financial institution: a person
 * (`private`) or an unlicensed lender (`unlicensed-professional`).
 *
 * Spec reading (LAW.md §8 lists the channels without saying whose conduct each hears): 12378,
 * 12363 and 12315 hear complaints about financial institutions and businesses, and the industry
 * rules on collection (NIGHT_SOURCES) and the credit-card rules bind institutions, so none of
 * them reaches a person or an unlicensed lender. What reaches them is the general law: threats,
 * insults, harassment that disturbs normal life and spreading someone's private affairs
 * (治安管理处罚法), personal information (PIPL Art. 10 binds "任何组织、个人"), impersonating
 * officials (Criminal Law Art. 279), all reported to the police. A late-night contact is
 * flagged under the Public Security law (harassment) rather than the industry rules.
 */
const NOT_LICENSED: Readonly<Record<FlagId, Pick<Flag, 'citation' | 'complainTo'>>> = {
  'late-night': { citation: cite('security-50'), complainTo: ['110'] },
  'third-party': { citation: cite('pipl-10'), complainTo: ['110'] },
  threats: { citation: cite('security-50'), complainTo: ['110'] },
  insults: { citation: cite('security-50'), complainTo: ['110'] },
  impersonation: { citation: cite('criminal-279'), complainTo: ['110'] },
  // Intimidating messages that disturb normal life (治安管理处罚法, as threats and insults are).
  'false-legal-claims': { citation: cite('security-50'), complainTo: ['110'] },
  'third-party-threats': { citation: cite('security-50'), complainTo: ['110'] },
};

/**
 * Whether a case's lender is a licensed institution, from its `lender.kind` as the draft holds it
 * (also when the rest of the case does not validate). Anything but the two other kinds counts as
 * licensed: it is the planner's preset, and most users' loans (online loans, cards) are.
 */
export function isLicensedLender(caseJson: unknown): boolean {
  const lender: unknown = typeof caseJson === 'object' && caseJson !== null ? (caseJson as { lender?: unknown }).lender : undefined;
  const kind: unknown = typeof lender === 'object' && lender !== null ? (lender as { kind?: unknown }).kind : undefined;
  return kind !== 'private' && kind !== 'unlicensed-professional';
}

/** The hour of a `yyyy-MM-ddTHH:mm` time, read as text (no clock, no time zone). */
const hourOf = (at: string): number => Number.parseInt(at.slice(11, 13), 10);

/**
 * The collection rules a logged contact breaks, each with its source and where to complain;
 * `licensed` false for a person or an unlicensed lender (NOT_LICENSED).
 */
export function flagsFor(contact: Contact, licensed = true): Flag[] {
  const hour = hourOf(contact.at);
  const ids: FlagId[] = [];
  if (hour >= NIGHT_FROM_HOUR || hour < NIGHT_UNTIL_HOUR) ids.push('late-night');
  if (contact.thirdParty) ids.push('third-party');
  if (contact.thirdPartyThreats) ids.push('third-party-threats');
  if (contact.threats) ids.push('threats');
  if (contact.insults) ids.push('insults');
  if (contact.falseLegalClaims) ids.push('false-legal-claims');
  if (contact.impersonation) ids.push('impersonation');
  return ids.map((id) => ({ id, ...FLAGS[id], ...(!licensed && NOT_LICENSED[id]) }));
}

export const CHANNELS: Readonly<Record<Channel, Words>> = {
  '12378': { zh: '12378 金融消费者投诉热线（金融监管部门）', en: '12378, the financial regulator’s consumer complaint line' },
  '12363': { zh: '12363 人民银行（征信异议与投诉）', en: '12363, the People’s Bank of China (credit report disputes)' },
  '12315': { zh: '12315 消费者投诉', en: '12315, consumer complaints' },
  // Not "(threats, violence, impersonation)": for a person or an unlicensed lender, harassment and
  // contacting third parties go to the police too (NOT_LICENSED).
  '110': { zh: '110 报警（公安机关）', en: '110, the police' },
  lender: { zh: '出借人官方客服投诉渠道', en: 'the lender’s own official complaint line' },
};

/** Every channel, most serious first. */
export const ALL_CHANNELS: ReadonlyArray<Channel> = ['110', '12378', '12363', '12315', 'lender'];

/** The channels that hear complaints about this kind of lender: only the police for a person or an unlicensed lender (NOT_LICENSED). */
export const channelsOpen = (licensed = true): ReadonlyArray<Channel> => (licensed ? ALL_CHANNELS : ['110']);

/** The channels to complain to for a whole log, most serious first, each once. */
export function channelsFor(contacts: ReadonlyArray<Contact>, licensed = true): Channel[] {
  const wanted = new Set(contacts.flatMap((c) => flagsFor(c, licensed)).flatMap((f) => f.complainTo));
  return ALL_CHANNELS.filter((c) => wanted.has(c));
}

/**
 * The channel a complaint about this log goes to first: the most serious its flags call for, else
 * the lender's own line (a licensed lender) or the police, the only channel open otherwise.
 */
export const defaultChannel = (contacts: ReadonlyArray<Contact>, licensed = true): Channel => channelsFor(contacts, licensed)[0] ?? (licensed ? 'lender' : '110');
