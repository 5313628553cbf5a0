import { execFileSync } from 'node:child_process';

export interface PdfText {
  readonly path: string;
  readonly bytes: number;
  readonly pages: number;
  /** pdftotext -layout of each page. */
  readonly pageTexts: ReadonlyArray<string>;
  /** The whole text with all whitespace removed: pdftotext drops spaces around ASCII inside Chinese runs. */
  readonly flat: string;
  /** pdffonts' listing of the embedded fonts. */
  readonly fonts: string;
}

export const squeeze = (s: string): string => s.replace(/\s+/g, '');

/** A PDF read back with poppler: pdfinfo for size and pages, pdftotext per page, pdffonts. */
export function readPdf(path: string): PdfText {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
  const bytes = Number(/File size:\s+(\d+)/.exec(info)![1]);
  const pageTexts = Array.from({ length: pages }, (_, i) => execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), path, '-'], { encoding: 'utf8' }));
  return { path, bytes, pages, pageTexts, flat: squeeze(pageTexts.join('\n')), fonts: execFileSync('pdffonts', [path], { encoding: 'utf8' }) };
}
