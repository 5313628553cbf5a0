/**
 * Characters no file system accepts in a name, control characters, and the bidirectional controls
 * (U+202E and kin) that make a saved file's name display as something else ("…gnp.exe" shown as "…exe.png").
 */
const UNSAFE = /[\\/:*?"<>|\u0000-\u001f\u007f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]+/g;

/** The first word of a file's name, by document and language: an English letter is named in English. */
export const FILE_PREFIX = {
  letter: { zh: '协商还款申请', en: 'repayment-request' },
  complaint: { zh: '催收投诉', en: 'collection-complaint' },
} as const;

/** `<prefix>-<lender>-<date>.pdf` (协商还款申请 by default), the lender's name made safe for any file system; `<prefix>-<date>.pdf` without a name. */
export function letterFileName(lender: string, date: string, prefix: string = FILE_PREFIX.letter.zh): string {
  const safe = lender.replace(UNSAFE, '_').replace(/\s+/g, ' ').trim().slice(0, 80);
  return safe ? `${prefix}-${safe}-${date}.pdf` : `${prefix}-${date}.pdf`;
}
