export { EmptyActors } from './EmptyActors';
export { FirstSteps } from './FirstSteps';
