'use client';

import type { CitationId } from '@/lib/law/citations';
import { useEngine } from './engine';
import { useLang } from './language';

interface CiteProps {
  /** A citation line as the engine wrote it (a report's finding, warning or cap line)… */
  readonly children?: string;
  /** …or the sources to cite, by id (lib/law/citations.ts). */
  readonly ids?: ReadonlyArray<CitationId>;
}

/**
 * A source as the reader's language cites it (lib/letter/cite-in-letter.ts): an English reader
 * gets the Chinese title (what a court and the lender recognise) with its gloss, a Chinese reader
 * the Chinese alone, as the letter prints it; a source not yet confirmed is marked where it stands.
 * The citation table and its reader come with the engine (lib/analyze.ts), loaded wherever a
 * source is shown (beside a report, and on the guide): the planner's first load does not carry
 * them. Until the engine is there, nothing is shown.
 */
export function Cite({ children: line, ids = [] }: CiteProps) {
  const lang = useLang();
  const engine = useEngine();
  if (!engine) return null;
  return <cite>{engine.citeOnScreen(line ?? engine.cite(...ids), lang)}</cite>;
}
