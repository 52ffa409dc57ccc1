/** What the network would lose if persons or an organisation left. */
export { ScenarioPanel } from './ScenarioPanel';
export { useScenario } from './use-scenario';
export { overlayOfScenario } from './scenario-model';
