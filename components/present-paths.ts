/**
 * Every path in a case file that holds something ("loan", "loan.rate", "loan.rate.value",
 * "payments.0.date"…): after an import or a reload, the form checks these and shows their errors,
 * while fields the file leaves out are not flagged until the user gets to them.
 */
export function presentPaths(json: unknown, prefix = ''): string[] {
  if (typeof json !== 'object' || json === null) return [];
  const out: string[] = [];
  for (const [key, value] of Object.entries(json)) {
    const path = prefix ? `${prefix}.${key}` : key;
    out.push(path, ...presentPaths(value, path));
  }
  return out;
}
