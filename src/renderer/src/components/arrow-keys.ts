import type { KeyboardEvent } from 'react';

const MOVES = new Set(['ArrowLeft', 'ArrowRight', 'Home', 'End']);

/**
 * Left and right arrows, Home and End move along a row of tabs (or of segmented buttons) and
 * choose the one they reach, as a tab list does with automatic activation (WAI-ARIA's tabs
 * pattern). At either end the arrows wrap around. Put on the row's container; `items` picks the
 * row's own buttons.
 */
export function moveAlongRow(e: KeyboardEvent<HTMLElement>, items = 'button'): void {
  if (!MOVES.has(e.key) || e.altKey || e.ctrlKey || e.metaKey) return;
  const buttons = [...e.currentTarget.querySelectorAll<HTMLButtonElement>(items)].filter((b) => !b.disabled);
  const at = buttons.findIndex((b) => b === document.activeElement);
  if (at < 0) return;
  const last = buttons.length - 1;
  const next = e.key === 'Home' ? 0 : e.key === 'End' ? last : e.key === 'ArrowRight' ? (at === last ? 0 : at + 1) : at === 0 ? last : at - 1;
  const button = buttons[next];
  if (!button) return;
  e.preventDefault();
  button.focus();
  button.click();
}
