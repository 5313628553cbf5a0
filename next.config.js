/**
 * The app needs no server: every computation runs in the browser, so the
 * build is a static export (`out/`) that any static host or CDN can serve.
 *
 * @type {import('next').NextConfig}
 */
const nextConfig = {
  output: 'export',
  reactStrictMode: true,
  poweredByHeader: false,
  images: { unoptimized: true },
};

module.exports = nextConfig;
