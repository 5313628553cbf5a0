import { Text, View } from '@react-pdf/renderer';
import type { LetterBlock } from '@/lib/letter';
import { PdfPlanTable } from './pdf-plan-table';
import { pdfStyles as s } from './pdf-letter-styles';

/** One block of the letter, displayed as it is: the text is final, the figures formatted. */
export function PdfLetterBlock({ block }: { readonly block: LetterBlock }) {
  switch (block.kind) {
    case 'heading':
      return <Text style={s.heading} minPresenceAhead={40}>{block.text}</Text>;
    case 'paragraph':
      return <Text style={s.paragraph}>{block.text}</Text>;
    case 'quote':
      return <Text style={s.quote}>{block.text}</Text>;
    case 'point':
      return (
        // A source stays with the point it supports (a review found 依据 alone atop a page).
        <View style={s.point} wrap={false}>
          <Text style={s.pointText}>{block.text}</Text>
          {block.citation && <Text style={s.citation}>{block.citation}</Text>}
        </View>
      );
    case 'list':
      return (
        <View>
          {block.items.map((item, i) => (
            <View key={i} style={s.listItem} wrap={false}>
              <Text style={s.listNumber}>{`${i + 1}.`}</Text>
              <Text style={s.listText}>{item}</Text>
            </View>
          ))}
        </View>
      );
    case 'table':
      return <PdfPlanTable caption={block.caption} columns={block.columns} rows={block.rows} total={block.total} />;
  }
}
