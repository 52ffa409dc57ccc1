/** The workspace of an open project. */
export { ProjectView } from './ProjectView';
