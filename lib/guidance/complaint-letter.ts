import { parseCase, parseComplaintParts, type ComplaintParts } from '../case/parse-case';
import type { CaseFile } from '../case/schema';
import { cite } from '../law/citations';
import type { Words } from '../law/messages';
import { citedPoint, citeInLetter } from '../letter/cite-in-letter';
import { FILE_PREFIX, letterFileName } from '../letter/file-name';
import { formatDate, formatYuan } from '../letter/format';
import { LetterError } from '../letter/letter-error';
import { printable } from '../letter/printable';
import { timeBarredCautions } from '../letter/time-barred-caution';
import type { ClosingLine, LabelValue, LetterBlock, LetterCaution, LetterLanguage } from '../letter/types';
import type { Report } from '../report/types';
import { COMPLAINT_EN, COMPLAINT_ZH, type ComplaintWords } from './complaint-words';
import { defaultChannel, flagsFor, isLicensedLender, type Channel, type Contact, type Flag, type FlagId } from './evidence-flags';

export { defaultChannel };

/** A column of the incidents table: its label and its share of the table's width, in percent. */
export interface IncidentColumn { readonly label: string; readonly width: number }

/** The logged contacts, enclosed with the complaint: time, channel, who, what happened, rules broken with sources. */
export interface IncidentTable {
  readonly caption: string;
  readonly columns: ReadonlyArray<IncidentColumn>;
  readonly rows: ReadonlyArray<ReadonlyArray<string>>;
}

/**
 * The complaint as data (`complaint-letter/1`), like the negotiation letter (lib/letter): every text
 * final in the letter's language, so the PDF template only displays it.
 */
export interface ComplaintLetter {
  readonly format: 'complaint-letter/1';
  readonly language: LetterLanguage;
  readonly date: string;
  /** 催收投诉-<lender>-<date>.pdf */
  readonly fileName: string;
  readonly channel: Channel;
  readonly title: string;
  readonly lender: string;
  readonly fields: ReadonlyArray<LabelValue>;
  readonly salutation: string;
  readonly blocks: ReadonlyArray<LetterBlock>;
  readonly incidents: IncidentTable;
  readonly closing: ReadonlyArray<ClosingLine>;
  readonly signature: ReadonlyArray<LabelValue>;
  readonly footer: string;
  readonly pageLabel: string;
  /** Shown before the complaint is made (a debt that may be time-barred: the letter names it). */
  readonly cautions: ReadonlyArray<LetterCaution>;
}

export interface ComplaintOptions {
  /** Default: case.letter.language, else zh. */
  readonly language?: LetterLanguage;
  /** Default: the most fitting channel for the log and the kind of lender (defaultChannel). */
  readonly channel?: Channel;
  /** yyyy-MM-dd; default the case's asOf. */
  readonly date?: string;
}

/** A complaint is dated: by the option, else by the case's as-of date. */
const NO_DATE: Words = { zh: '投诉书需要日期。', en: 'The complaint needs a date.' };

const NO_EVIDENCE: Words = { zh: '请先在催收记录中记下至少一次联系，才能生成投诉书。', en: 'Log at least one collection contact first: the complaint is made from the log.' };

/** A complaint names whom it is about: a blank lender name would leave "Complaint about:" empty. */
const NO_LENDER: Words = { zh: '请先在还款规划里填写出借人名称：投诉书要写明被投诉方。', en: 'Fill in the lender’s name in the repayment planner first: the complaint must name whom it is about.' };

const FLAG_ORDER: ReadonlyArray<FlagId> = ['threats', 'impersonation', 'false-legal-claims', 'third-party', 'third-party-threats', 'insults', 'late-night'];

/** `yyyy-MM-ddTHH:mm` as the table prints it: "2025-05-15 23:10". */
const timeOf = (at: string): string => `${at.slice(0, 10)} ${at.slice(11, 16)}`;

function incidentRow(contact: Contact, licensed: boolean, w: ComplaintWords, language: LetterLanguage): string[] {
  const files = contact.attachments?.filter((a) => a.trim()) ?? [];
  const what = [contact.summary?.trim() || w.table.noRule, ...(files.length ? [`${w.table.attachments}${files.join(language === 'zh' ? '、' : ', ')}`] : [])].join('\n');
  const flags = flagsFor(contact, licensed);
  // The table cites titles and articles only (the letter's body gives the English gloss): the column is narrow.
  const rule = (f: Flag) => {
    const sources = citeInLetter(f.citation, 'zh');
    if (!sources) return w.flag[f.id];
    return language === 'zh' ? `${w.flag[f.id]}（${sources}）` : `${w.flag[f.id]} (${sources})`;
  };
  const rules = flags.length ? flags.map(rule).join('\n') : w.table.noRule;
  return [timeOf(contact.at), w.channel[contact.channel], contact.who, what, rules];
}

/** One point per rule broken, most serious first, with how often and its source. */
function conductPoints(contacts: ReadonlyArray<Contact>, licensed: boolean, w: ComplaintWords, language: LetterLanguage, source: string): LetterBlock[] {
  const byId = new Map<FlagId, { flag: Flag; times: number }>();
  for (const flag of contacts.flatMap((c) => flagsFor(c, licensed))) {
    const seen = byId.get(flag.id);
    byId.set(flag.id, { flag, times: (seen?.times ?? 0) + 1 });
  }
  return FLAG_ORDER.flatMap((id) => {
    const hit = byId.get(id);
    return hit ? [citedPoint(w.rule(w.flag[id], hit.times), source, hit.flag.citation, language)] : [];
  });
}

/**
 * The complaint (issue 6): addressed to the channel chosen, the loan's facts (worded so as not to
 * acknowledge an amount), the conduct logged with the rules it breaks and their sources, the
 * requests (stop, investigate, reply in writing), and the log as an enclosed table. Throws a
 * LetterError when nothing is logged. From a validated case and its report it states the loan's
 * figures and how long it is overdue; from the complaint's parts alone (a loan not yet described
 * in the planner) it says only that the borrower has a loan the lender is collecting.
 */
export function buildComplaint(file: CaseFile, report: Report, options?: ComplaintOptions): ComplaintLetter;
export function buildComplaint(file: ComplaintParts, report: undefined, options?: ComplaintOptions): ComplaintLetter;
export function buildComplaint(file: CaseFile | ComplaintParts, report: Report | undefined, options: ComplaintOptions = {}): ComplaintLetter {
  // The overloads pair a report with a whole case only.
  const whole = report ? { file: file as CaseFile, report } : undefined;
  const contacts = [...(file.evidence ?? [])].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  if (!contacts.length) throw new LetterError(NO_EVIDENCE);
  const lender = file.lender.name.trim();
  if (!lender) throw new LetterError(NO_LENDER);
  const language = options.language ?? file.letter?.language ?? 'zh';
  const w = language === 'zh' ? COMPLAINT_ZH : COMPLAINT_EN;
  const source = language === 'zh' ? '依据：' : 'Source: ';
  const licensed = isLicensedLender(file);
  const channel = options.channel ?? defaultChannel(contacts, licensed);
  const date = options.date ?? file.asOf;
  if (!date) throw new LetterError(NO_DATE);
  const day = (iso: string) => formatDate(iso, language);
  const borrower = file.borrower ?? {};
  const recipient = w.recipient(channel, lender);
  const optional = (label: string, value: string | undefined): LabelValue[] => (value ? [{ label, value }] : []);

  const contractNo = file.lender.contractNo || undefined;
  const loan: LetterBlock[] = [
    ...(whole
      ? [
        { kind: 'paragraph' as const, text: w.loan(day(whole.file.loan.startDate), formatYuan(whole.file.loan.principal, language), whole.file.loan.termMonths, contractNo) },
        ...(whole.report.statement.daysOverdue > 0 ? [{ kind: 'paragraph' as const, text: w.overdue(day(whole.report.asOf), whole.report.statement.daysOverdue) }] : []),
      ]
      : [{ kind: 'paragraph' as const, text: w.loanUnstated(contractNo) }]),
    { kind: 'paragraph', text: w.notAcknowledged },
  ];
  const flagged = contacts.filter((c) => flagsFor(c, licensed).length > 0).length;
  const conduct: LetterBlock[] = flagged
    ? [{ kind: 'paragraph', text: w.conduct(contacts.length, day(contacts[0]!.at.slice(0, 10)), day(contacts[contacts.length - 1]!.at.slice(0, 10)), flagged) }, ...conductPoints(contacts, licensed, w, language, source), { kind: 'paragraph', text: w.seeTable }]
    : [{ kind: 'paragraph', text: w.none }];
  const requests: LetterBlock[] = [
    { kind: 'list', items: w.requests(channel) },
    ...(channel === '12363' ? [citedPoint(w.creditDispute, source, cite('credit-25'), language)] : []),
  ];
  const files = [...new Set(contacts.flatMap((c) => c.attachments ?? []).map((a) => a.trim()).filter(Boolean))];
  const enclosures: LetterBlock[] = [{ kind: 'list', items: [w.enclosure.table(contacts.length), ...(files.length ? [w.enclosure.files(files)] : [])] }];

  const blocks: LetterBlock[] = [{ kind: 'paragraph', text: w.opening(borrower.name || undefined, lender) }];
  ([[w.heading.loan, loan], [w.heading.conduct, conduct], [w.heading.requests, requests], [w.heading.enclosures, enclosures]] as const).forEach(([heading, content], i) =>
    blocks.push({ kind: 'heading', text: w.numbered(i, heading) }, ...content),
  );
  blocks.push({ kind: 'paragraph', text: w.closingParagraph });

  // Bidi controls dropped from every text, as in the negotiation letter (printable.ts).
  return printable({
    format: 'complaint-letter/1',
    language,
    date,
    // The letter's safe-name rule, with the complaint's own prefix.
    fileName: letterFileName(lender, date, FILE_PREFIX.complaint[language]),
    channel,
    title: w.title(channel),
    lender,
    fields: [
      { label: w.field.to, value: recipient },
      ...optional(w.party(channel).from, borrower.name),
      ...optional(w.field.phone, borrower.phone),
      { label: w.field.respondent, value: lender },
      ...optional(w.field.contractNo, file.lender.contractNo),
      { label: w.field.date, value: day(date) },
      { label: w.field.subject, value: w.subject(channel) },
    ],
    salutation: w.salutation(recipient),
    blocks,
    incidents: {
      caption: w.table.caption,
      columns: [
        // "2025-08-28" needs 49 pt of the time column's 55, "Channel" and "message" 37 and 39 pt of the channel column's 40.
        { label: w.table.time, width: 13 },
        { label: w.table.channel, width: 10 },
        { label: w.table.who, width: 14 },
        { label: w.table.what, width: 33 },
        { label: w.table.rules, width: 30 },
      ],
      rows: contacts.map((c) => incidentRow(c, licensed, w, language)),
    },
    closing: w.closing,
    signature: [{ label: w.party(channel).sign, value: '' }, ...optional(w.signature.name, borrower.name), { label: w.signature.date, value: day(date) }],
    footer: w.footer,
    pageLabel: w.pageLabel,
    cautions: whole ? timeBarredCautions(whole.file, whole.report, date, language) : [],
  }, []);
}

export type ComplaintResult = { readonly ok: true; readonly letter: ComplaintLetter } | { readonly ok: false; readonly message: Words };

/**
 * The complaint from a raw case (as the app holds it): with the report of a valid case, the whole
 * complaint; without one (the loan not yet described, or not yet valid), the complaint from its
 * parts. What prevents it comes back as a message.
 */
export function complaintFromJson(raw: unknown, report: Report | undefined, options: ComplaintOptions = {}): ComplaintResult {
  try {
    if (report) {
      const parsed = parseCase(raw);
      if (!parsed.ok) return { ok: false, message: { zh: '案件数据有误，请先在规划页改正标出的问题。', en: 'The case has errors: correct the fields marked in the planner first.' } };
      return { ok: true, letter: buildComplaint(parsed.file, report, options) };
    }
    const parts = parseComplaintParts(raw);
    if (!parts.ok) {
      const first = parts.errors[0]!.message;
      return { ok: false, message: { zh: `请先改正：${first.zh}`, en: `Correct this first: ${first.en}` } };
    }
    return { ok: true, letter: buildComplaint(parts.parts, undefined, options) };
  } catch (error) {
    if (error instanceof LetterError) return { ok: false, message: error.words };
    throw error;
  }
}

/** Every text the complaint prints, in order: for the font fallback and for tests that read the PDF. */
export function complaintText(c: ComplaintLetter): string[] {
  const blockText = (b: LetterBlock): string[] => (b.kind === 'list' ? [...b.items] : b.kind === 'point' ? [b.text, b.citation] : b.kind === 'table' ? [b.caption, ...b.rows.flat(), ...b.total] : [b.text]);
  return [
    c.title,
    ...c.fields.flatMap((f) => [f.label, f.value]),
    c.salutation,
    ...c.blocks.flatMap(blockText),
    ...c.closing.map((l) => l.text),
    ...c.signature.flatMap((f) => [f.label, f.value]),
    c.incidents.caption,
    ...c.incidents.columns.map((col) => col.label),
    ...c.incidents.rows.flat(),
    c.footer,
    c.pageLabel,
  ];
}
