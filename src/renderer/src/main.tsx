import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { DEFAULT_LANGUAGE } from '../../core/i18n/catalogue';
import { App } from './App';
import { connect } from './bridge/api';
import { NoConnection } from './components/NoConnection';
import { createI18n } from './i18n';
import './styles.css';

const root = createRoot(document.getElementById('root') as HTMLElement);
const connection = connect();
const i18n = createI18n(DEFAULT_LANGUAGE);

root.render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>{connection ? <App connection={connection} /> : <NoConnection />}</I18nextProvider>
  </StrictMode>,
);
