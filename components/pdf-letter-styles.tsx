import { StyleSheet } from '@react-pdf/renderer';

/**
 * The letter's one style sheet (A4, 10.5 pt body as Chinese official letters use). Line height is
 * set on text styles only, never on the page or a view that holds the page number
 * (pdf-renderer-quirks.tsx, note 3).
 */
const INK = '#1b1d21';
const MUTED = '#4a4f57';
const RULE = '#9aa0a6';
const LIGHT = '#eef0f2';
/** The body size: set beside every `lineHeight`, which it scales (pdf-renderer-quirks.tsx, note 4). */
const BODY = 10.5;

export const pdfStyles = StyleSheet.create({
  page: { paddingTop: 48, paddingBottom: 64, paddingHorizontal: 56, fontSize: BODY, color: INK },
  title: { fontSize: 18, textAlign: 'center', marginBottom: 14 },
  /** Chinese titles are spaced out, as official letters set them. */
  titleSpaced: { letterSpacing: 2 },
  fields: { marginBottom: 12, paddingBottom: 8, borderBottomWidth: 0.75, borderBottomColor: RULE },
  field: { flexDirection: 'row', marginBottom: 1 },
  fieldLabel: { fontSize: BODY, width: 92, color: MUTED, lineHeight: 1.4 },
  fieldValue: { fontSize: BODY, flex: 1, lineHeight: 1.4 },
  salutation: { fontSize: BODY, marginBottom: 6, lineHeight: 1.6 },
  paragraph: { fontSize: BODY, marginBottom: 5, lineHeight: 1.6 },
  heading: { fontSize: 12, marginTop: 8, marginBottom: 6, lineHeight: 1.4 },
  quote: { fontSize: BODY, marginBottom: 6, marginLeft: 12, paddingLeft: 8, borderLeftWidth: 2, borderLeftColor: RULE, lineHeight: 1.6 },
  point: { marginBottom: 8 },
  pointText: { fontSize: BODY, lineHeight: 1.6 },
  citation: { fontSize: 8.5, color: MUTED, marginTop: 1, lineHeight: 1.5 },
  listItem: { flexDirection: 'row', marginBottom: 4 },
  listNumber: { fontSize: BODY, width: 18, lineHeight: 1.6 },
  listText: { fontSize: BODY, flex: 1, lineHeight: 1.6 },
  table: { marginBottom: 8, borderTopWidth: 0.75, borderTopColor: RULE },
  tableCaption: { fontSize: 9.5, color: MUTED, marginTop: 2, marginBottom: 5, lineHeight: 1.4 },
  tableHeader: { flexDirection: 'row', backgroundColor: LIGHT, borderBottomWidth: 0.75, borderBottomColor: RULE },
  tableRow: { flexDirection: 'row', borderBottomWidth: 0.25, borderBottomColor: RULE },
  tableTotal: { flexDirection: 'row', borderBottomWidth: 0.75, borderBottomColor: RULE },
  cell: { flex: 1, paddingVertical: 2.5, paddingHorizontal: 4, fontSize: 9.5 },
  cellRight: { textAlign: 'right' },
  closing: { marginTop: 10 },
  closingLine: { fontSize: BODY, lineHeight: 1.7 },
  closingIndent: { fontSize: BODY, lineHeight: 1.7, marginLeft: 21 },
  signature: { marginTop: 18, marginLeft: '50%' },
  signatureLine: { flexDirection: 'row', marginBottom: 8 },
  // A gap after the label: the English labels end in a half-width colon ("Name:张三" ran together).
  signatureLabel: { color: MUTED, marginRight: 4 },
  signatureBlank: { flex: 1, borderBottomWidth: 0.75, borderBottomColor: INK, marginLeft: 4 },
  footer: { position: 'absolute', bottom: 28, left: 56, right: 56, flexDirection: 'row', justifyContent: 'space-between', fontSize: 8, color: MUTED, borderTopWidth: 0.5, borderTopColor: RULE, paddingTop: 4 },
});
