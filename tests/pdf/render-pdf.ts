import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { letterPdf } from '@/components/pdf-letter-blob';
import type { Letter } from '@/lib/letter';
import { readPdf, type PdfText } from './read-pdf';

export const FONT_DIR = join(__dirname, '..', '..', 'public', 'fonts');
const OUT = mkdtempSync(join(tmpdir(), 'letter-pdf-'));

export { squeeze } from './read-pdf';

/** Renders the letter with the app's PDF components in Node and reads it back with poppler (pdftotext, pdfinfo, pdffonts). */
export function renderPdf(letter: Letter, name: string): Promise<PdfText> {
  return renderPdfReporting(letter, name);
}

/** renderPdf, passing the characters the font cannot print to `onMissing` (lib/letter/printable.ts). */
export async function renderPdfReporting(letter: Letter, name: string, onMissing?: (characters: string[]) => void): Promise<PdfText> {
  const { blob, missing } = await letterPdf(letter, (file) => join(FONT_DIR, file));
  if (missing.length) onMissing?.([...missing]);
  const path = join(OUT, `${name}.pdf`);
  writeFileSync(path, Buffer.from(await blob.arrayBuffer()));
  return readPdf(path);
}

