import { addMonthsToDay, formatDay, parseDay } from '@/lib/calendar';
import type { CaseInput } from '@/lib/case/schema';
import { EXAMPLE_CASES } from './example-case';
import { sameJson } from './merge-edits';

/**
 * The form's values are the case file (`repayment-case/1`): money stays the string the user
 * typed. Optional inputs write `undefined` when empty, so they drop out of the JSON; an optional
 * group whose every field is empty (the demand, the budget…) drops out too, so that leaving it
 * blank is not an error. Nothing else is changed: what is invalid stays, for the schema to judge.
 */
export type CaseDraft = CaseInput;

export const CASE_FORMAT = 'repayment-case/1';
/** Kept in sync with lib/case/schema.ts (importing it would put zod in the first-load bundle). */
export const MAX_PLANS = 10;

/** Optional objects that disappear when nothing in them is filled in (see isBlank). */
const OPTIONAL_GROUPS: ReadonlyArray<ReadonlyArray<string>> = [
  ['overdue', 'penalty', 'rate'],
  ['overdue', 'penalty'],
  ['overdue'],
  ['borrower'],
  ['claim'],
  ['budget'],
  ['letter'],
];

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (x: unknown): x is JsonObject => typeof x === 'object' && x !== null && !Array.isArray(x);

/**
 * Nothing filled in. A budget holding only its list of spending items, emptied again (an item
 * added, then removed), is blank too: a budget that exists needs income and essentials, and
 * leaving it blank must not be an error. Other groups keep an empty list, as a file gives it.
 */
const isBlank = (o: JsonObject, key: string): boolean =>
  Object.keys(o).length === 0 || (key === 'budget' && Object.keys(o).length === 1 && Array.isArray(o.items) && o.items.length === 0);

/** The case file for the form's current values: a plain JSON object, keys in the form's order. */
export function toCaseJson(values: unknown): JsonObject {
  // JSON round trip: drops `undefined`, copies, and makes sure only JSON reaches the engine.
  const json = JSON.parse(JSON.stringify(values ?? {})) as unknown;
  if (!isObject(json)) return {};
  for (const path of OPTIONAL_GROUPS) {
    const parent = path.slice(0, -1).reduce<Json | undefined>((o, k) => (isObject(o) ? o[k] : undefined), json);
    const key = path[path.length - 1]!;
    if (isObject(parent) && isObject(parent[key]) && isBlank(parent[key], key)) delete parent[key];
  }
  return json;
}

/** The text of an exported case file: the case JSON pretty-printed, with a final newline. */
export const caseFileText = (json: unknown): string => `${JSON.stringify(json, null, 2)}\n`;

/**
 * A new, empty case as of `today`: the common case (a licensed lender, 12 equal monthly payments)
 * preset, and the letter's request for written confirmation ticked: LAW.md §8 says the letter asks
 * for it, and a new user who never opens the requests would otherwise send a letter without it
 * (a review found an agreement by phone left unconfirmed). The user can untick it.
 */
export function newCase(today: string): CaseDraft {
  return {
    format: CASE_FORMAT,
    asOf: today,
    lender: { name: '', kind: 'licensed' },
    loan: { principal: '', startDate: '', termMonths: 12, rate: { value: '', per: 'day' }, method: 'equal-payment' },
    payments: [],
    letter: { requests: ['written-confirmation'] },
  } as CaseDraft;
}

/** The form's values before the browser has loaded a draft (server render): no date yet. */
export const blankCase = (): CaseDraft => newCase('');

/** The HTML id of the input for a case path: "loan.rate.value" → "f-loan-rate-value". */
export const fieldId = (path: string): string => `f-${path.replace(/\./g, '-')}`;

/** Empty optional input → the field is left out of the case file. */
export const optional = (v: unknown): unknown => (v === '' || v === null ? undefined : v);

/**
 * A whole-number input ("12") becomes a JSON number; anything else stays the text typed, so
 * the schema can say what is wrong with it. `optionalInt` also drops an empty input.
 */
export const wholeNumber = (v: unknown): unknown => (typeof v === 'string' && /^\s*\d{1,6}\s*$/.test(v) ? Number(v) : v);
export const optionalInt = (v: unknown): unknown => wholeNumber(optional(v));

/** "2025-09-01" + k months, clamped to the month's end, as the engine dates instalments; '' for a bad date. */
export function addMonthsIso(iso: string, k: number): string {
  const d = parseDay(iso);
  return d === undefined ? '' : formatDay(addMonthsToDay(d, k));
}

/** Today's calendar date in the user's own time zone, yyyy-MM-dd. Called from components only. */
export function todayIso(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}

/**
 * Whether replacing this case would lose what the user entered: anything but a blank case or an
 * untouched example (in either language), whatever its as-of date. A review found "Try an example"
 * replacing a case and its contact log, with an Undo that is gone once the page is left.
 */
export function hasOwnWork(json: JsonObject): boolean {
  const mine = { ...json, asOf: '' };
  return ![blankCase(), ...Object.values(EXAMPLE_CASES)].some((template) => sameJson(mine, { ...toCaseJson(template), asOf: '' }));
}
