import { Text, View } from '@react-pdf/renderer';
import type { IncidentTable } from '@/lib/guidance/complaint-letter';
import { pdfStyles as s } from './pdf-letter-styles';

function Row({ cells, table, style, fixed = false }: { readonly cells: ReadonlyArray<string>; readonly table: IncidentTable; readonly style: (typeof s)[keyof typeof s]; readonly fixed?: boolean }) {
  return (
    <View style={style} wrap={false} fixed={fixed}>
      {table.columns.map((c, i) => (
        <Text key={i} wrap={false} style={[s.cell, { flexGrow: 0, flexShrink: 0, flexBasis: `${c.width}%`, lineHeight: 1.4 }]}>{cells[i] ?? ''}</Text>
      ))}
    </View>
  );
}

/**
 * Cells take fixed shares of the row (flexBasis, not flex: a zero basis collapses them), and each
 * cell is `wrap={false}` as well as the row: in react-pdf 4.9.0 a row of multi-line cells is
 * otherwise still split across a page break, with half of it on each page.
 *
 * The enclosed log of collection contacts, on a page of its own: columns in the proportions the table
 * data gives (what happened and the rules broken need room), the header repeated on every page
 * (`fixed`), a row never split across pages.
 */
export function PdfComplaintTable({ table }: { readonly table: IncidentTable }) {
  return (
    <View style={s.table} break>
      <Text style={s.heading}>{table.caption}</Text>
      <Row cells={table.columns.map((c) => c.label)} table={table} style={s.tableHeader} fixed />
      {table.rows.map((r, i) => (
        <Row key={i} cells={r} table={table} style={s.tableRow} />
      ))}
    </View>
  );
}
