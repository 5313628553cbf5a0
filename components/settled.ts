'use client';

import { useEffect, useState } from 'react';

/**
 * The value once it has stopped changing for `ms` milliseconds: for work that need not follow
 * every keystroke (the letter is rebuilt when the typing pauses, not on each key).
 */
export function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, settled, ms]);
  return settled;
}
