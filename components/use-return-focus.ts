'use client';

import { useEffect, useRef, type RefObject } from 'react';

interface ReturnFocus {
  /** The confirmation's safe answer (Cancel), focused when it opens. */
  readonly into: RefObject<HTMLButtonElement | null>;
  /** The button the confirmation replaced, focused again when it is back and enabled. */
  readonly back: RefObject<HTMLButtonElement | null>;
}

/**
 * Focus for a confirmation that takes the place of the button that opened it (the time-barred
 * caution before a letter or a complaint is made). The button unmounts, so focus would fall to
 * <body>: it goes into the confirmation instead, and back to the button when the confirmation
 * closes; after "make it", once the PDF is done (the button is aria-disabled, never disabled,
 * while it is made, so that it keeps the focus a keyboard user gave it).
 */
export function useReturnFocus(open: boolean, busy: boolean): ReturnFocus {
  const into = useRef<HTMLButtonElement>(null);
  const back = useRef<HTMLButtonElement>(null);
  const returning = useRef(false);
  useEffect(() => {
    if (open) {
      returning.current = true;
      into.current?.focus();
    } else if (returning.current && !busy) {
      returning.current = false;
      back.current?.focus();
    }
  }, [open, busy]);
  return { into, back };
}
