/**
 * What the browser benchmarks share: the static export served as `npm start` serves it (with its
 * real headers), and Debian's Chromium with the flags that keep it from calling out. The page is
 * handed to `run`; the server and the browser are stopped however `run` ends.
 */
import { spawn } from 'node:child_process';
import { chromium, type Browser } from '@playwright/test';

export async function withServedBuild(port: number, run: (browser: Browser, origin: string) => Promise<void>): Promise<void> {
  const server = spawn(process.execPath, ['scripts/serve-static.mjs', '--port', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    await new Promise<void>((resolve, reject) => {
      server.stdout.on('data', () => resolve());
      server.on('exit', (code) => reject(new Error(`static server exited (${code}): run "npm run build" first`)));
    });
    const browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
    });
    try {
      await run(browser, `http://127.0.0.1:${port}`);
    } finally {
      await browser.close();
    }
  } finally {
    server.kill();
  }
}

export const median = (xs: ReadonlyArray<number>): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
