/** The help: every measure defined, with how to read it and its sources. */
export { HelpPanel } from './HelpPanel';
export { isHelpTopic } from './help-topics';
