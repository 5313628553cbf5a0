import { Document, Page, Text, View } from '@react-pdf/renderer';
import type { ComplaintLetter } from '@/lib/guidance/complaint-letter';
import { PdfComplaintTable } from './pdf-complaint-table';
import { PdfLetterBlock } from './pdf-letter-block';
import { Fields, Signature } from './pdf-letter-document';
import { pdfStyles as s } from './pdf-letter-styles';
import { PdfPageFooter } from './pdf-page-footer';

interface Props {
  readonly letter: ComplaintLetter;
  /** Font families, the common one first (pdf-renderer-quirks.tsx `fontFamiliesFor`). */
  readonly fontFamily: ReadonlyArray<string>;
}

/** The complaint as a PDF, with the negotiation letter's styles, blocks and footer; the log enclosed after the signature. */
export function PdfComplaintDocument({ letter, fontFamily }: Props) {
  return (
    <Document title={letter.title} subject={letter.lender} language={letter.language === 'zh' ? 'zh-CN' : 'en'}>
      <Page size="A4" style={[s.page, { fontFamily: [...fontFamily] }]}>
        <PdfPageFooter note={letter.footer} pageLabel={letter.pageLabel} />
        <Text style={letter.language === 'zh' ? [s.title, s.titleSpaced] : s.title}>{letter.title}</Text>
        <Fields fields={letter.fields} />
        <Text style={s.salutation}>{letter.salutation}</Text>
        {letter.blocks.map((b, i) => (
          <PdfLetterBlock key={i} block={b} />
        ))}
        <View style={s.closing} wrap={false}>
          {letter.closing.map((line, i) => (
            <Text key={i} style={line.indent ? s.closingIndent : s.closingLine}>{line.text}</Text>
          ))}
        </View>
        <Signature lines={letter.signature} />
        <PdfComplaintTable table={letter.incidents} />
      </Page>
    </Document>
  );
}
