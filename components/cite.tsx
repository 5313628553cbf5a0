'use client';

import { citeOnScreen } from '@/lib/letter/cite-in-letter';
import { useLang } from './language';

/**
 * A source as the reader's language cites it (lib/letter/cite-in-letter.ts): an English reader
 * gets the Chinese title (what a court and the lender recognise) with its gloss, a Chinese reader
 * the Chinese alone, as the letter prints it; a source not yet confirmed is marked where it stands.
 */
export function Cite({ children: line }: { readonly children: string }) {
  const lang = useLang();
  return <cite>{citeOnScreen(line, lang)}</cite>;
}
