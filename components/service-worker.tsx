'use client';

import { useEffect } from 'react';

/**
 * Registers the service worker (out/sw.js, scripts/service-worker/) once the page has loaded and
 * the browser is idle, so that keeping the app's files for offline use never competes with the
 * first visit. Only the app's own files are kept; the case stays in this browser's storage.
 */
export function ServiceWorker() {
  useEffect(() => {
    if (!('serviceWorker' in navigator) || !window.isSecureContext) return;
    const register = () => {
      navigator.serviceWorker.register('/sw.js').catch(() => {
        // Private mode or a host without the file: the app works as before, online.
      });
    };
    const idle = () => ('requestIdleCallback' in window ? window.requestIdleCallback(register, { timeout: 5000 }) : setTimeout(register, 2000));
    if (document.readyState === 'complete') idle();
    else window.addEventListener('load', idle, { once: true });
  }, []);
  return null;
}
