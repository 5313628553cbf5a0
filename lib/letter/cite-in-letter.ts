import { CITATIONS, UNVERIFIED_MARK } from '../law/citations';
import type { LetterBlock, LetterLanguage } from './types';

const INSTRUMENTS = [...new Set(Object.values(CITATIONS).map((c) => c.instrument.zh))];
const GLOSS = new Map(Object.values(CITATIONS).map((c) => [c.instrument.zh, c.instrument.en]));
/** Instruments a letter may cite alone where the article is unconfirmed (`instrumentCertain`). */
const CERTAIN = new Set(Object.values(CITATIONS).flatMap((c) => ('instrumentCertain' in c && c.instrumentCertain ? [c.instrument.zh] : [])));

/**
 * The sources of a report's citation line (lib/law `cite()`: "《title》articles (English gloss); …"),
 * one per instrument cited, each once, in order. Found by the titles of the one citation table,
 * so the letter cites exactly what the engine cites.
 */
function sources(line: string): string[] {
  const starts = INSTRUMENTS.flatMap((title) => {
    const found: number[] = [];
    for (let at = line.indexOf(title); at !== -1; at = line.indexOf(title, at + title.length)) found.push(at);
    return found;
  }).sort((a, b) => a - b);
  const groups = starts.map((start, i) => line.slice(start, starts[i + 1] ?? line.length).replace(/;\s*$/, '').trim());
  return [...new Set(groups)];
}

const chineseOnly = (source: string): string => (source.includes(' (') ? source.slice(0, source.indexOf(' (')) : source);

/**
 * Sources as the letter prints them: the Chinese titles and articles in a Chinese letter; in an
 * English letter the Chinese title (what a Chinese court and lender recognise) with its English gloss.
 * A letter goes to a lender, a regulator or the police: it cites only what is confirmed against
 * the primary text (a review found a complaint citing an article "to be verified" to the police,
 * and the Chinese one dropping the mark in silence): of a marked source, its instrument alone.
 * Empty when nothing is.
 */
export function citeInLetter(line: string, language: LetterLanguage): string {
  return joinSources(letterSources(line, language), language);
}

/** The sources `citeInLetter` prints, one by one. */
function letterSources(line: string, language: LetterLanguage): string[] {
  const groups = [...new Set(sources(line).flatMap((g) => (g.includes(UNVERIFIED_MARK) ? confirmedPart(g) : [g])))];
  return language === 'en' ? groups : groups.map(chineseOnly);
}

const joinSources = (groups: ReadonlyArray<string>, language: LetterLanguage) => groups.join(language === 'en' ? '; ' : '；');

/**
 * What is confirmed of a source marked to be verified: the instrument, where it is certain to apply
 * and only the article number is not (治安管理处罚法 was renumbered in 2025); else nothing (a bank
 * credit-card rule cited for any lender, a guideline whose title is unconfirmed).
 */
function confirmedPart(source: string): string[] {
  const title = INSTRUMENTS.filter((t) => source.startsWith(t)).sort((a, b) => b.length - a.length)[0];
  if (title === undefined || !CERTAIN.has(title) || source.startsWith(' (', title.length)) return [];
  return [`${title} (${GLOSS.get(title)})`];
}

/**
 * Sources as a screen shows them: every one, once (a finding's line can repeat one), each not yet
 * confirmed marked; for a Chinese reader the Chinese alone, for an English reader with the gloss.
 */
export function citeOnScreen(line: string, language: LetterLanguage): string {
  const found = sources(line);
  if (!found.length) return line;
  if (language === 'en') return found.map((g) => g.replace(UNVERIFIED_MARK, SCREEN_MARK.en)).join('; ');
  return found.map((g) => `${chineseOnly(g)}${g.includes(UNVERIFIED_MARK) ? ` ${SCREEN_MARK.zh}` : ''}`).join('；');
}

/**
 * The mark of a source not yet confirmed, on screen: in the reader's language only, and saying
 * what it means (a reviewer could not tell what "[待核实 / to be verified]" meant).
 */
const SCREEN_MARK = { zh: '[待核实：尚未与现行条文核对]', en: '[to be verified: not yet checked against the current text]' } as const;

/**
 * A point with its sources (after `source`, "依据：" or "Source: "); a plain paragraph when none is
 * confirmed. With `printed` (the sources the letter has cited so far, added to here), a point
 * without a citation line when an earlier point cited every source: a review found the same long
 * citation printed under three points in a row.
 */
export function citedPoint(text: string, source: string, line: string, language: LetterLanguage, printed?: Set<string>): LetterBlock {
  const groups = letterSources(line, language);
  if (!groups.length) return { kind: 'paragraph', text };
  if (printed && groups.every((g) => printed.has(g))) return { kind: 'point', text, citation: '' };
  for (const g of groups) printed?.add(g);
  return { kind: 'point', text, citation: `${source}${joinSources(groups, language)}` };
}
