'use client';

import { citeInLetter } from '@/lib/letter/cite-in-letter';
import { useLang } from './language';

const UNVERIFIED = '[待核实 / to be verified]';

/**
 * A source as the reader's language cites it. The engine's citation line gives each instrument's
 * Chinese title and articles with an English gloss: an English reader gets both (the Chinese title
 * is what a court and the lender recognise), a Chinese reader the Chinese alone, as the letter
 * prints it, keeping the mark on a source not yet confirmed.
 */
export function Cite({ children: line }: { readonly children: string }) {
  const lang = useLang();
  if (lang === 'en') return <cite>{line}</cite>;
  const zh = citeInLetter(line, 'zh') || line;
  return <cite>{line.includes(UNVERIFIED) ? `${zh} [待核实]` : zh}</cite>;
}
