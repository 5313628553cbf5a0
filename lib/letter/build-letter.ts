import { printable } from './printable';
import type { CaseFile } from '../case/schema';
import type { Report } from '../report/types';
import { choosePlan } from './choose-plan';
import { letterContext } from './context';
import { FILE_PREFIX, letterFileName } from './file-name';
import { legalPosition } from './legal-position';
import { loanFacts } from './loan-facts';
import { proposal } from './proposal';
import { requests } from './requests';
import { timeBarredCautions } from './time-barred-caution';
import type { LabelValue, Letter, LetterBlock, LetterOptions } from './types';

/**
 * The letter as data, from a validated case and its report (issue 5): addressed to the lender,
 * the facts, the hardship in the borrower's words, the legal position when the cap check finds an
 * excess, the proposal with its table, the requests ticked, closing and signature. Pure: the date
 * is an input (default: the case's as-of date) and every figure comes from the case or the report.
 * Throws a LetterError when the plan asked for does not exist.
 */
export function buildLetter(file: CaseFile, report: Report, options: LetterOptions = {}): Letter {
  const language = options.language ?? file.letter?.language ?? 'zh';
  const date = options.date ?? file.asOf;
  const c = letterContext(file, report, language);
  const { words } = c;
  const borrower = file.borrower ?? {};
  const lender = file.lender.name.trim();
  // Blank on a new case: the letter is still addressed ("致 贵方", "贵方："), and its file is named without it.
  const addressee = lender || words.unnamedLender;

  const optional = (label: string, value: string | undefined): LabelValue[] => (value ? [{ label, value }] : []);
  const fields: LabelValue[] = [
    { label: words.field.to, value: addressee },
    ...optional(words.field.contractNo, file.lender.contractNo),
    ...optional(words.field.from, borrower.name),
    ...optional(words.field.phone, borrower.phone),
    ...optional(words.field.address, borrower.address),
    ...optional(words.field.idLast4, borrower.idLast4),
    { label: words.field.date, value: c.date(date) },
    { label: words.field.subject, value: words.title },
  ];

  const hardship = file.letter?.hardship?.trim();
  const plan = choosePlan(file, report, options.planIndex);
  const sections: Array<[string, LetterBlock[]]> = [
    [words.heading.loan, loanFacts(c)],
    [words.heading.hardship, hardship ? [{ kind: 'quote', text: hardship }] : []],
    [words.heading.law, legalPosition(c, plan?.baseKind)],
    [words.heading.proposal, proposal(c, plan)],
    [words.heading.requests, requests(c, plan)],
  ];
  const blocks: LetterBlock[] = [{ kind: 'paragraph', text: words.opening(borrower.name || undefined, file.lender.contractNo || undefined) }];
  sections
    .filter(([, content]) => content.length > 0)
    .forEach(([heading, content], i) => blocks.push({ kind: 'heading', text: words.numbered(i, heading) }, ...content));
  blocks.push({ kind: 'paragraph', text: words.closingParagraph });

  // Bidi controls dropped from every text (printable.ts): an unterminated override in a name
  // reversed the rest of its sentence, in the PDF and the preview alike.
  return printable({
    format: 'repayment-letter/1',
    language,
    date,
    fileName: letterFileName(lender, date, FILE_PREFIX.letter[language]),
    title: words.title,
    lender: addressee,
    fields,
    salutation: words.salutation(addressee),
    blocks,
    closing: words.closing,
    signature: [
      { label: words.signature.sign, value: '' },
      ...optional(words.signature.name, borrower.name),
      { label: words.signature.date, value: c.date(date) },
    ],
    footer: words.footer,
    pageLabel: words.pageLabel,
    cautions: timeBarredCautions(file, report, date, language),
  }, []);
}
