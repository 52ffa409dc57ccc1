/** The start screen: the sample, a new project, an existing one, the recent ones. */
export { StartScreen } from './StartScreen';
