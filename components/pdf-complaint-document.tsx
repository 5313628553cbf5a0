import type { ComplaintLetter } from '@/lib/guidance/complaint-letter';
import { PdfComplaintTable } from './pdf-complaint-table';
import { PdfLetterDocument } from './pdf-letter-document';

interface Props {
  readonly letter: ComplaintLetter;
  /** Font families, the common one first (pdf-renderer-quirks.tsx `makePdf`). */
  readonly fontFamily: ReadonlyArray<string>;
}

/** The complaint as a PDF: the negotiation letter's document, with the log enclosed after the signature. */
export function PdfComplaintDocument({ letter, fontFamily }: Props) {
  return (
    <PdfLetterDocument letter={letter} fontFamily={fontFamily}>
      <PdfComplaintTable table={letter.incidents} />
    </PdfLetterDocument>
  );
}
