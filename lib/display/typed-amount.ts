/**
 * An amount as people type it, in the case file's form ("10000.50"): "10,000.50", "10 000",
 * "¥10,000", "10000元", full-width digits from a Chinese input method (１００００), and 万 ("1万",
 * "1.2万"). Text that is not clearly one of these is returned as typed, for the schema to say what
 * is wrong with it. No arithmetic in floats: 万 moves the decimal point four places.
 */
const GROUPED = /^\d{1,3}(?:[, ]\d{3})+(?:\.\d+)?$/;
const PLAIN = /^\d+(?:\.\d+)?$/;
const WAN = /^(\d+)(?:\.(\d+))?万$/;

/** Full-width digits and signs as ASCII (１１００．１６, typed with a Chinese input method); the ideographic space as a space. */
export const halfWidth = (s: string) => s.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, ' ');

export function typedAmount(text: string): string {
  const s = halfWidth(text)
    .trim()
    .replace(/^(?:[¥￥]|RMB|CNY)\s*/i, '')
    .replace(/\s*(?:元|RMB|CNY)$/i, '');
  if (PLAIN.test(s)) return s === text ? text : s;
  if (GROUPED.test(s)) return s.replace(/[, ]/g, '');
  const wan = WAN.exec(s);
  if (wan) {
    const fraction = (wan[2] ?? '').padEnd(4, '0');
    const whole = `${wan[1]}${fraction.slice(0, 4)}`.replace(/^0+(?=\d)/, '');
    const rest = fraction.slice(4);
    return rest ? `${whole}.${rest}` : whole;
  }
  return text;
}

/**
 * A rate as people copy it from a contract: "0.05%", "18 %", full-width "０．０５％". A review typed
 * "0.05%" and was told the field "must be a percentage": the field is in percent already, so a
 * trailing % sign is dropped. Anything else is returned as typed, for the schema to judge.
 */
export function typedPercent(text: string): string {
  const s = halfWidth(text).trim().replace(/\s*%$/, '');
  return PLAIN.test(s) ? s : text;
}
