import { CITATIONS } from '../law/citations';
import type { LetterLanguage } from './types';

const INSTRUMENTS = [...new Set(Object.values(CITATIONS).map((c) => c.instrument.zh))];

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

/**
 * Sources as the letter prints them: the Chinese titles and articles in a Chinese letter; in an
 * English letter the Chinese title (what a Chinese court and lender recognise) with its English gloss.
 */
export function citeInLetter(line: string, language: LetterLanguage): string {
  const groups = sources(line);
  if (language === 'en') return groups.join('; ');
  return groups.map((g) => (g.includes(' (') ? g.slice(0, g.indexOf(' (')) : g)).join('；');
}
