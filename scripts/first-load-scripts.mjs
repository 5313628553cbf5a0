/**
 * The `/_next/…` scripts an HTML page of the static export loads at once: `<script src>` and
 * `<link rel="preload" as="script">`. `noModule` polyfills are left out: modern browsers never
 * download them. Shared by the size budget (first-load-js.mjs) and the compile hints.
 */
export function firstLoadScripts(html) {
  const tags = [...html.matchAll(/<script\b[^>]*>/g), ...html.matchAll(/<link\b[^>]*rel="preload"[^>]*as="script"[^>]*>/g)].map((m) => m[0]);
  return [
    ...new Set(
      tags
        .filter((tag) => !/\bnoModule\b/i.test(tag))
        .map((tag) => /(?:src|href)="([^"]+\.js)"/.exec(tag)?.[1])
        .filter((src) => src !== undefined && src.startsWith('/_next/')),
    ),
  ];
}
