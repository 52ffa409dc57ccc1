export { EmptyActors } from './EmptyActors';
export { FirstSteps } from './FirstSteps';
export { NextStep } from './NextStep';
