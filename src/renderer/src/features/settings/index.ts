/** The project's settings dialog. */
export { SettingsPanel } from './SettingsPanel';
