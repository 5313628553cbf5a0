import type { Lang } from './lang';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * A calendar date for display: "2025-09-01" → "2025年9月1日" or "1 Sep 2025".
 * From the string's parts, so no time zone can move the day. Anything else is returned unchanged.
 */
export function formatDate(iso: string, lang: Lang): string {
  const m = ISO.exec(iso);
  if (!m) return iso;
  const year = m[1]!;
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return iso;
  return lang === 'zh' ? `${year}年${month}月${day}日` : `${day} ${MONTHS_EN[month - 1]!} ${year}`;
}

/** A local date and time (`yyyy-MM-ddTHH:mm`, as a contact is logged): "2025年6月5日 23:10" / "5 Jun 2025, 23:10". */
export function formatDateTime(local: string, lang: Lang): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})/.exec(local);
  if (!m) return local;
  const date = formatDate(m[1]!, lang);
  return lang === 'zh' ? `${date} ${m[2]!}` : `${date}, ${m[2]!}`;
}
