import { pdf } from '@react-pdf/renderer';
import type { Letter } from '@/lib/letter';
import { PdfLetterDocument } from './pdf-letter-document';
import { letterFontFamilies, registerLetterFonts } from './pdf-renderer-quirks';

/**
 * The letter as a PDF file, in the browser (fonts fetched from the app's own /fonts/) or in Node
 * (fonts read from public/fonts): `fontUrl` maps a font file name to where it is loaded from.
 * The browser loads this module with a dynamic import, so the renderer stays out of first-load JS.
 */
export async function letterPdfBlob(letter: Letter, fontUrl: (file: string) => string): Promise<Blob> {
  registerLetterFonts(fontUrl);
  const fontFamily = await letterFontFamilies(letter);
  return pdf(<PdfLetterDocument letter={letter} fontFamily={fontFamily} />).toBlob();
}
