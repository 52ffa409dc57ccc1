import { useEffect, useRef } from 'react';

type Close = { current: () => void };

/** What is open, in the order it opened: Escape closes the last one only. */
const open: Close[] = [];

function onKeyDown(e: KeyboardEvent): void {
  // a field that uses Escape itself (an edit in place cancels) says so with preventDefault
  if (e.key !== 'Escape' || e.defaultPrevented || e.isComposing) return;
  const top = open[open.length - 1];
  if (!top) return;
  e.preventDefault();
  top.current();
}

/**
 * Escape closes what this component has open (a prompt, a dialog, a popover, a mode) from
 * wherever the focus is, while `active`. When several are open, the one opened last closes
 * first, so Escape in a popover inside a dialog closes the popover and leaves the dialog.
 */
export function useEscape(close: () => void, active = true): void {
  const latest = useRef(close);
  useEffect(() => {
    latest.current = close;
  }, [close]);
  useEffect(() => {
    if (!active) return;
    const entry: Close = { current: () => latest.current() };
    open.push(entry);
    if (open.length === 1) window.addEventListener('keydown', onKeyDown);
    return () => {
      const at = open.indexOf(entry);
      if (at >= 0) open.splice(at, 1);
      if (open.length === 0) window.removeEventListener('keydown', onKeyDown);
    };
  }, [active]);
}
