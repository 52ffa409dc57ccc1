import type { HelpTopic } from '../../../../core/i18n/help-da';
import { isHelpTopic } from '../help';

/** Inputs whose keys are not text: Delete on a row's checkbox is meant for the row. */
const NOT_TEXT = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color']);

/** Whether a key goes to text being typed or chosen (a field, a list, an editable cell) rather than to the workspace. */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return true;
  return target instanceof HTMLInputElement && !NOT_TEXT.has(target.type);
}

/** Whether the focus is in a dialog (help, settings, coding): the workspace's keys wait until it closes. */
export const inDialog = (target: EventTarget | null): boolean => target instanceof Element && target.closest('[role="dialog"]') !== null;

/** The help topic of the panel, section or area that holds `element`, the nearest that names one. */
export function helpTopicAt(element: Element | null): HelpTopic | undefined {
  const topic = element?.closest<HTMLElement>('[data-help-topic]')?.dataset['helpTopic'];
  return isHelpTopic(topic) ? topic : undefined;
}
