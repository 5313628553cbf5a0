import { complaintText, type ComplaintLetter } from '@/lib/guidance/complaint-letter';
import { PdfComplaintDocument } from './pdf-complaint-document';
import { makePdf, type MadePdf } from './pdf-renderer-quirks';

/**
 * The complaint as a PDF file, in the browser or in Node, made as the letter is (makePdf): its
 * renderer setup and font, characters no font has as □ and returned. Loaded with a dynamic import
 * on the first click, like pdf-letter-blob.tsx.
 */
export function complaintPdf(letter: ComplaintLetter, fontUrl: (file: string) => string): Promise<MadePdf> {
  return makePdf(letter, complaintText(letter), fontUrl, (doc, fontFamily) => <PdfComplaintDocument letter={doc} fontFamily={fontFamily} />);
}
