'use client';

import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Printing shows every fold: before the print snapshot, all <details> open and lazy folds render
 * their content (synchronously, or the snapshot misses it); afterwards the folds close again.
 */
export function usePrintExpansion(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    let closed: HTMLDetailsElement[] = [];
    const before = () => {
      closed = [...document.querySelectorAll('details')].filter((d) => !d.open);
      flushSync(() => setPrinting(true));
      closed.forEach((d) => (d.open = true));
    };
    const after = () => {
      closed.forEach((d) => (d.open = false));
      closed = [];
      setPrinting(false);
    };
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}
