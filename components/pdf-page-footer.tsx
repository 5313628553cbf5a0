import { Text, View } from '@react-pdf/renderer';
import { pdfStyles as s } from './pdf-letter-styles';

interface Props {
  /** "prepared with …; not legal advice" */
  readonly note: string;
  /** With `{page}` and `{pages}` placeholders. */
  readonly pageLabel: string;
}

/** On every page: the note and the page number (no lineHeight here or above: pdf-renderer-quirks.tsx, note 3). */
export function PdfPageFooter({ note, pageLabel }: Props) {
  return (
    <View style={s.footer} fixed>
      <Text>{note}</Text>
      <Text render={({ pageNumber, totalPages }) => pageLabel.replace('{page}', String(pageNumber)).replace('{pages}', String(totalPages))} />
    </View>
  );
}
