import { pdf } from '@react-pdf/renderer';
import { complaintText, type ComplaintLetter } from '@/lib/guidance/complaint-letter';
import { printable } from '@/lib/letter';
import { PdfComplaintDocument } from './pdf-complaint-document';
import { fontsFor, registerLetterFonts } from './pdf-renderer-quirks';

/**
 * The complaint as a PDF file, in the browser or in Node, with the letter's renderer setup and
 * font (`fontUrl` maps a font file name to where it is loaded from); characters no font has as □,
 * passed to `onMissing`. Loaded with a dynamic import on the first click, like pdf-letter-blob.tsx.
 */
export async function complaintPdfBlob(letter: ComplaintLetter, fontUrl: (file: string) => string, onMissing?: (characters: string[]) => void): Promise<Blob> {
  registerLetterFonts(fontUrl);
  const { families, missing } = await fontsFor(complaintText(letter));
  if (missing.length) onMissing?.(missing);
  return pdf(<PdfComplaintDocument letter={missing.length ? printable(letter, missing) : letter} fontFamily={families} />).toBlob();
}
