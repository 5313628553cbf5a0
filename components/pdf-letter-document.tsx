import type { ReactNode } from 'react';
import { Document, Page, Text, View } from '@react-pdf/renderer';
import type { LabelValue, Letter, LetterBlock } from '@/lib/letter';
import { PdfLetterBlock } from './pdf-letter-block';
import { PdfPageFooter } from './pdf-page-footer';
import { pdfStyles as s } from './pdf-letter-styles';

/** What any of our letters shows: the negotiation letter, and the complaint (lib/guidance/complaint-letter.ts). */
export type LetterBody = Pick<Letter, 'language' | 'title' | 'lender' | 'fields' | 'salutation' | 'blocks' | 'closing' | 'signature' | 'footer' | 'pageLabel'>;

interface Props {
  readonly letter: LetterBody;
  /** Font families, the common one first (pdf-renderer-quirks.tsx `makePdf`). */
  readonly fontFamily: ReadonlyArray<string>;
  /** An enclosure after the signature (the complaint's table of incidents). */
  readonly children?: ReactNode;
}

/** The letter's head fields (to, from, date…); the complaint's too. */
function Fields({ fields }: { readonly fields: ReadonlyArray<LabelValue> }) {
  return (
    <View style={s.fields}>
      {fields.map((f, i) => (
        <View key={i} style={s.field}>
          <Text style={s.fieldLabel}>{f.label}</Text>
          <Text style={s.fieldValue}>{f.value}</Text>
        </View>
      ))}
    </View>
  );
}

/** The signature lines, on the right half; the complaint's too. */
function Signature({ lines }: { readonly lines: ReadonlyArray<LabelValue> }) {
  return (
    <View style={s.signature} wrap={false}>
      {lines.map((l, i) => (
        <View key={i} style={s.signatureLine}>
          <Text style={s.signatureLabel}>{l.label}</Text>
          {l.value ? <Text>{l.value}</Text> : <View style={s.signatureBlank} />}
        </View>
      ))}
    </View>
  );
}

/**
 * The blocks in runs that stay on one page: a heading with a point after it. A review found
 * "三、依法支持的金额" alone at the foot of a page: the heading's `minPresenceAhead` does not hold
 * it to a point, which cannot split. A paragraph or a table after a heading can split, so
 * `minPresenceAhead` keeps their first lines with it, and grouping them would push whole pages on.
 */
function keepWithHeadings(blocks: ReadonlyArray<LetterBlock>): LetterBlock[][] {
  const groups: LetterBlock[][] = [];
  for (const b of blocks) {
    const last = groups.at(-1);
    if (b.kind === 'point' && last?.length === 1 && last[0]!.kind === 'heading') last.push(b);
    else groups.push([b]);
  }
  return groups;
}

/** The letter as a PDF: only displays the letter data (lib/letter), from the same components in the browser and in Node. */
export function PdfLetterDocument({ letter, fontFamily, children }: Props) {
  return (
    <Document title={letter.title} subject={letter.lender} language={letter.language === 'zh' ? 'zh-CN' : 'en'}>
      <Page size="A4" style={[s.page, { fontFamily: [...fontFamily] }]}>
        <PdfPageFooter note={letter.footer} pageLabel={letter.pageLabel} />
        <Text style={letter.language === 'zh' ? [s.title, s.titleSpaced] : s.title}>{letter.title}</Text>
        <Fields fields={letter.fields} />
        <Text style={s.salutation}>{letter.salutation}</Text>
        {keepWithHeadings(letter.blocks.slice(0, -1)).map((group, i) =>
          group.length === 1 ? (
            <PdfLetterBlock key={i} block={group[0]!} />
          ) : (
            <View key={i} wrap={false}>
              {group.map((b, j) => <PdfLetterBlock key={j} block={b} />)}
            </View>
          ),
        )}
        {/* The last paragraph, the closing and the signature stay on one page: a review found an
            English letter whose last page held "Yours faithfully" and the signature alone. */}
        <View wrap={false}>
          {letter.blocks.slice(-1).map((b) => (
            <PdfLetterBlock key="last" block={b} />
          ))}
          <View style={s.closing}>
            {letter.closing.map((line, i) => (
              <Text key={i} style={line.indent ? s.closingIndent : s.closingLine}>{line.text}</Text>
            ))}
          </View>
          <Signature lines={letter.signature} />
        </View>
        {children}
      </Page>
    </Document>
  );
}
