import { pdf } from '@react-pdf/renderer';
import { printable, type Letter } from '@/lib/letter';
import { PdfLetterDocument } from './pdf-letter-document';
import { letterFonts, registerLetterFonts } from './pdf-renderer-quirks';

/**
 * The letter as a PDF file, in the browser (fonts fetched from the app's own /fonts/) or in Node
 * (fonts read from public/fonts): `fontUrl` maps a font file name to where it is loaded from.
 * Characters no font has are printed as □ and passed to `onMissing` (lib/letter/printable.ts).
 * The browser loads this module with a dynamic import, so the renderer stays out of first-load JS.
 */
export async function letterPdfBlob(letter: Letter, fontUrl: (file: string) => string, onMissing?: (characters: string[]) => void): Promise<Blob> {
  registerLetterFonts(fontUrl);
  const { families, missing } = await letterFonts(letter);
  if (missing.length) onMissing?.(missing);
  return pdf(<PdfLetterDocument letter={missing.length ? printable(letter, missing) : letter} fontFamily={families} />).toBlob();
}
