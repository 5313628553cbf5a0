import type { Lang } from '@/lib/display/lang';
import type { FieldError } from '@/lib/case/messages';
import { labelFor } from '@/lib/case/field-labels';
import { translate, type TextKey } from './i18n';

/**
 * Which of the form's own texts names each field of the case file (array indices written `*`),
 * so that an error names a field as the form labels it, not as the case file does. `row` is the
 * title of the numbered row the field sits in ("Fee 2"), for a label that is only clear there.
 * A field the form does not show (the evidence log's, checked by its own form) keeps the case
 * file's name (lib/case/field-labels.ts).
 */
const FORM_LABELS: Readonly<Record<string, { readonly label: TextKey; readonly row?: TextKey }>> = {
  asOf: { label: 'asOf' },
  filingDate: { label: 'filingDate' },
  dayCount: { label: 'dayCount' },
  lprOverride: { label: 'caps.lprOverride' },
  'lender.name': { label: 'lender.name' },
  'lender.kind': { label: 'lender.kind' },
  'lender.contractNo': { label: 'lender.contractNo' },
  'borrower.name': { label: 'borrower.name' },
  'borrower.phone': { label: 'borrower.phone' },
  'borrower.address': { label: 'borrower.address' },
  'borrower.idLast4': { label: 'borrower.idLast4' },
  'loan.principal': { label: 'loan.principal' },
  'loan.startDate': { label: 'loan.startDate' },
  'loan.contractDate': { label: 'loan.contractDate' },
  'loan.termMonths': { label: 'loan.termMonths' },
  'loan.firstDueDate': { label: 'loan.firstDueDate' },
  'loan.rate': { label: 'loan.rate' },
  'loan.rate.value': { label: 'loan.rate.value.named' },
  'loan.rate.per': { label: 'loan.rate.per.named' },
  'loan.method': { label: 'loan.method' },
  'loan.fees': { label: 'fees' },
  'loan.fees.*': { label: 'fees.row' },
  'loan.fees.*.name': { label: 'fees.name', row: 'fees.row' },
  'loan.fees.*.amount': { label: 'fees.amount', row: 'fees.row' },
  'loan.fees.*.when': { label: 'fees.when', row: 'fees.row' },
  'overdue.penalty': { label: 'overdue.penalty' },
  'overdue.penalty.multiplier': { label: 'overdue.penalty.multiplier' },
  'overdue.penalty.rate.value': { label: 'overdue.penalty.rate.value' },
  'overdue.penalty.rate.per': { label: 'overdue.penalty.rate.per.named' },
  'overdue.penaltyBase': { label: 'overdue.penaltyBase' },
  'overdue.compound': { label: 'overdue.compound' },
  'overdue.lateFees': { label: 'lateFees' },
  'overdue.lateFees.*': { label: 'lateFees.row' },
  'overdue.lateFees.*.name': { label: 'lateFees.name', row: 'lateFees.row' },
  'overdue.lateFees.*.amount': { label: 'lateFees.amount', row: 'lateFees.row' },
  'overdue.lateFees.*.percent': { label: 'lateFees.percent', row: 'lateFees.row' },
  'overdue.lateFees.*.per': { label: 'lateFees.per', row: 'lateFees.row' },
  'overdue.lateFees.*.date': { label: 'lateFees.date', row: 'lateFees.row' },
  'overdue.acceleratedOn': { label: 'overdue.acceleratedOn' },
  payments: { label: 'payments' },
  'payments.*.date': { label: 'payments.date' },
  'payments.*.amount': { label: 'payments.amount' },
  'claim.amount': { label: 'claim.amount' },
  'claim.date': { label: 'claim.date' },
  'claim.source': { label: 'claim.source' },
  'budget.income': { label: 'budget.income' },
  'budget.incomeNow': { label: 'budget.incomeNow' },
  'budget.essentials': { label: 'budget.essentials' },
  'budget.otherDebts': { label: 'budget.otherDebts' },
  'budget.savings': { label: 'budget.savings' },
  'budget.dependants': { label: 'budget.dependants' },
  'budget.incomeResumes': { label: 'budget.incomeResumes' },
  'budget.items': { label: 'budget.items' },
  'budget.items.*.name': { label: 'budget.items.name', row: 'budget.items.row' },
  'budget.items.*.amount': { label: 'budget.items.amount', row: 'budget.items.row' },
  'budget.items.*.kind': { label: 'budget.items.kind', row: 'budget.items.row' },
  plans: { label: 'plans.heading' },
  'plans.*': { label: 'plan.title' },
  'plans.*.kind': { label: 'plan.kind', row: 'plan.title' },
  'plans.*.base': { label: 'plan.base', row: 'plan.title' },
  'plans.*.months': { label: 'plan.months', row: 'plan.title' },
  'plans.*.firstDate': { label: 'plan.firstDate', row: 'plan.title' },
  'plans.*.downPayment': { label: 'plan.downPayment', row: 'plan.title' },
  'plans.*.annualRate': { label: 'plan.annualRate', row: 'plan.title' },
  'plans.*.graceMonths': { label: 'plan.graceMonths', row: 'plan.title' },
  'plans.*.graceAnnualRate': { label: 'plan.graceAnnualRate', row: 'plan.title' },
  'plans.*.graceInterest': { label: 'plan.graceInterest', row: 'plan.title' },
  'plans.*.amount': { label: 'plan.amount', row: 'plan.title' },
  'plans.*.date': { label: 'plan.date', row: 'plan.title' },
  'letter.language': { label: 'letter.language' },
  'letter.hardship': { label: 'letter.hardship' },
  'letter.planIndex': { label: 'letter.plan' },
  'letter.requests': { label: 'letter.requests' },
};

/** A field of the case file, by its dotted path ("payments.0.amount"), as the form names it. */
export function formLabel(path: string, lang: Lang): string {
  const parts = path.split('.');
  const indices = parts.filter((p) => /^\d+$/.test(p)).map((p) => Number(p) + 1);
  const found = FORM_LABELS[parts.map((p) => (/^\d+$/.test(p) ? '*' : p)).join('.')];
  if (!found) {
    const label = labelFor(parts.map((p) => (/^\d+$/.test(p) ? Number(p) : p)))[lang];
    return indices.length ? `${label} ${indices.join('/')}` : label;
  }
  const vars = { n: indices[0] ?? '' };
  const label = translate(lang, found.label, vars);
  return found.row ? translate(lang, 'errors.inRow', { label, row: translate(lang, found.row, vars) }) : label;
}

/**
 * An engine error as the form shows it, at the field and in the summary: the field as the form
 * names it, then what is wrong. An error about the whole file is its own message.
 */
export function formMessage(error: FieldError, lang: Lang): string {
  if (error.path === '' || error.path === 'format') return error.message[lang];
  return translate(lang, 'errors.field', { label: formLabel(error.path, lang), problem: error.problem[lang] });
}
