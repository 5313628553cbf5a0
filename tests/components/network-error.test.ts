/**
 * A download that did not happen, as each browser words it, is told apart from a real failure to
 * make the PDF: the first is "connect once", the second keeps its own message.
 */
import { describe, expect, it } from 'vitest';
import { isNetworkError } from '@/components/network-error';

describe('isNetworkError', () => {
  it('is true for a failed download in Chromium, Firefox and Safari, and for a chunk that did not load', () => {
    expect(isNetworkError(new TypeError('Failed to fetch'))).toBe(true); // Chromium
    expect(isNetworkError(new TypeError('NetworkError when attempting to fetch resource.'))).toBe(true); // Firefox
    expect(isNetworkError(new TypeError('Load failed'))).toBe(true); // Safari
    expect(isNetworkError(new TypeError('Failed to fetch dynamically imported module: https://x/_next/static/chunks/a.js'))).toBe(true);
    expect(isNetworkError(new TypeError('Importing a module script failed.'))).toBe(true); // Safari's import()
    expect(isNetworkError(Object.assign(new Error('Loading chunk 7 failed.'), { name: 'ChunkLoadError' }))).toBe(true);
  });

  it('is false for anything else', () => {
    expect(isNetworkError(new Error('Unknown font format'))).toBe(false);
    expect(isNetworkError(new RangeError('Invalid array length'))).toBe(false);
    expect(isNetworkError('Failed to fetch')).toBe(false); // not an Error
    expect(isNetworkError(undefined)).toBe(false);
  });
});
