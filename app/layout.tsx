import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { ServiceWorker } from '@/components/service-worker';
import { SiteFooter } from '@/components/site-footer';
import './globals.css';

export const metadata: Metadata = {
  title: '协商还款助手 · Repayment Negotiation Planner',
  description:
    '算清实际欠款与法律支持的金额，拟出能坚持履行的还款方案。Work out what you really owe, what the law supports, and an offer you can keep.',
  icons: { icon: '/favicon.svg' },
  // No analytics, no tracking: the page itself says nothing is sent anywhere.
  referrer: 'no-referrer',
  formatDetection: { telephone: false },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#f7f5f0' },
    { media: '(prefers-color-scheme: dark)', color: '#1b1d21' },
  ],
};

export default function RootLayout({ children }: Readonly<{ children: ReactNode }>) {
  return (
    <html lang="zh-CN">
      <body>
        {children}
        <SiteFooter />
        <ServiceWorker />
      </body>
    </html>
  );
}
