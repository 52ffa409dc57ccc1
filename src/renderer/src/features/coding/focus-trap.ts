import type { KeyboardEvent } from 'react';

/** What Tab may reach: enabled controls in the tab order (a radio group's other options are not). */
const TABBABLE = 'input:not([disabled]), textarea:not([disabled]), select:not([disabled]), button:not([disabled]), a[href], [tabindex]';

/**
 * Tab and Shift+Tab stay inside a modal dialog, going round from its last stop to its first and
 * back, so that a keyboard user never lands behind it.
 */
export function keepTabInside(e: KeyboardEvent, box: HTMLElement | null): void {
  if (e.key !== 'Tab' || !box) return;
  const stops = [...box.querySelectorAll<HTMLElement>(TABBABLE)].filter((el) => el.tabIndex >= 0 && !el.closest('[hidden]') && el.getClientRects().length > 0);
  const first = stops[0];
  const last = stops.at(-1);
  if (!first || !last) return;
  if (e.shiftKey && (document.activeElement === first || !box.contains(document.activeElement))) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && document.activeElement === last) {
    e.preventDefault();
    first.focus();
  }
}
