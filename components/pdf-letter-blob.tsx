import { letterText, type Letter } from '@/lib/letter';
import { PdfLetterDocument } from './pdf-letter-document';
import { makePdf, type MadePdf } from './pdf-renderer-quirks';

/**
 * The letter as a PDF file, in the browser (fonts fetched from the app's own /fonts/) or in Node
 * (fonts read from public/fonts): `fontUrl` maps a font file name to where it is loaded from.
 * Characters no font has are printed as □ and returned (lib/letter/printable.ts).
 * The browser loads this module with a dynamic import, so the renderer stays out of first-load JS.
 */
export function letterPdf(letter: Letter, fontUrl: (file: string) => string): Promise<MadePdf> {
  return makePdf(letter, letterText(letter), fontUrl, (doc, fontFamily) => <PdfLetterDocument letter={doc} fontFamily={fontFamily} />);
}
