/** Coding an interview's relationships from the keyboard: the form, opened by the shell. */
export { CodingDialog } from './CodingDialog';
