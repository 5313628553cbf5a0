/**
 * Whether an error is a download that did not happen (offline, or the connection dropped): the
 * PDF's code or its 2.9 MB font is fetched on the first letter, and "Failed to fetch" tells a
 * borrower nothing (a review made its first letter offline). Browsers word it differently.
 */
export function isNetworkError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'ChunkLoadError') return true;
  return /failed to fetch|networkerror|load failed|loading (css )?chunk|dynamically imported module|importing a module script failed/i.test(error.message);
}

/** What to say when making a PDF failed: `offline` for a download that did not happen, else the error's own words. */
export function failureText(error: unknown, offline: string): string {
  if (isNetworkError(error)) return offline;
  return error instanceof Error ? error.message : String(error);
}
