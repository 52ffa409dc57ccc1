/** Finding likely duplicate actors and merging two into one: the list of pairs, and "Flet med …" for one actor. */
export { DuplicatesDialog } from './DuplicatesDialog';
export { MergeWithDialog } from './MergeWithDialog';
