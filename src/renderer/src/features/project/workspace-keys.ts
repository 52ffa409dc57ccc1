import { useEffect, useRef } from 'react';
import type { SingleCommandInput } from '../../../../core/commands';
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

export interface WorkspaceKeys {
  /** opens the help on a topic, or at its start */
  help: (topic: HelpTopic | undefined) => void;
  /** the panel the sidebar shows, whose topic F1 opens when the focus is nowhere in particular */
  shownPanel: () => Element | null;
  /** the removal of what is chosen, and how its choice is let go once it is gone; null when nothing is */
  chosen: () => readonly [SingleCommandInput, () => void] | null;
  remove: (command: SingleCommandInput) => Promise<boolean>;
}

/**
 * The workspace's own keys: Delete removes what is chosen (one undoable step, as its × does;
 * never while typing), F1 opens the help on the topic of the panel the focus is in, or of the
 * panel shown. Both wait while a dialog has the focus.
 */
export function useWorkspaceKeys(keys: WorkspaceKeys): void {
  const latest = useRef(keys);
  useEffect(() => {
    latest.current = keys;
  });
  useEffect(() => {
    const listen = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing || inDialog(e.target)) return;
      const k = latest.current;
      if (e.key === 'F1') {
        e.preventDefault();
        k.help(helpTopicAt(document.activeElement) ?? helpTopicAt(k.shownPanel()));
        return;
      }
      if (e.key !== 'Delete' || isTyping(e.target) || e.ctrlKey || e.metaKey || e.altKey) return;
      const removal = k.chosen();
      if (!removal) return;
      const [command, letGo] = removal;
      e.preventDefault();
      void k.remove(command).then((ok) => {
        if (ok) letGo();
      });
    };
    window.addEventListener('keydown', listen);
    return () => window.removeEventListener('keydown', listen);
  }, []);
}
