import { Text, View } from '@react-pdf/renderer';
import type { TableColumn } from '@/lib/letter';
import { pdfStyles as s } from './pdf-letter-styles';

interface Props {
  readonly caption: string;
  readonly columns: ReadonlyArray<TableColumn>;
  readonly rows: ReadonlyArray<ReadonlyArray<string>>;
  readonly total: ReadonlyArray<string>;
}

function Row({ cells, columns, style, fixed = false }: { readonly cells: ReadonlyArray<string>; readonly columns: ReadonlyArray<TableColumn>; readonly style: (typeof s)[keyof typeof s]; readonly fixed?: boolean }) {
  return (
    <View style={style} wrap={false} fixed={fixed}>
      {columns.map((c, i) => (
        <Text key={i} style={c.align === 'right' ? [s.cell, s.cellRight] : s.cell}>{cells[i] ?? ''}</Text>
      ))}
    </View>
  );
}

/**
 * A plan's table: the header row is `fixed`, so react-pdf repeats it at the top of every page the
 * table runs onto; rows never split across pages (`wrap={false}`).
 */
export function PdfPlanTable({ caption, columns, rows, total }: Props) {
  return (
    <>
      {/* The caption is the table's sibling, not its child: `minPresenceAhead` is ignored inside a
          view (react-pdf #3233), and a review found the caption and header alone at a page's foot.
          The table has no top margin: a margin after such an element can break the layout (#2303). */}
      <Text style={s.tableCaption} minPresenceAhead={60}>{caption}</Text>
      <View style={s.table}>
        <Row cells={columns.map((c) => c.label)} columns={columns} style={s.tableHeader} fixed />
        {rows.map((r, i) => (
          <Row key={i} cells={r} columns={columns} style={s.tableRow} />
        ))}
        <Row cells={total} columns={columns} style={s.tableTotal} />
      </View>
    </>
  );
}
