import { pdf } from '@react-pdf/renderer';
import { complaintText, type ComplaintLetter } from '@/lib/guidance/complaint-letter';
import { PdfComplaintDocument } from './pdf-complaint-document';
import { fontFamiliesFor, registerLetterFonts } from './pdf-renderer-quirks';

/**
 * The complaint as a PDF file, in the browser or in Node, with the letter's renderer setup and
 * font (`fontUrl` maps a font file name to where it is loaded from). Loaded with a dynamic import
 * on the first click, like pdf-letter-blob.tsx.
 */
export async function complaintPdfBlob(letter: ComplaintLetter, fontUrl: (file: string) => string): Promise<Blob> {
  registerLetterFonts(fontUrl);
  const fontFamily = await fontFamiliesFor(complaintText(letter));
  return pdf(<PdfComplaintDocument letter={letter} fontFamily={fontFamily} />).toBlob();
}
