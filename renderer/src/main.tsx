/**
 * Renderer entry. i18n starts in Danish so the start-up screen can speak; Root then opens the store,
 * switches to the stored language and shows the app (or a full-screen explanation of what failed).
 */
// First: zod must be jitless before any schema module loads.
import './zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Root } from './app/Root';
import { initI18n } from './i18n/i18n';
import './ui/theme.css';

const container = document.getElementById('root');
if (container) {
  void initI18n('da').then(() => {
    createRoot(container).render(
      <StrictMode>
        <Root />
      </StrictMode>,
    );
  });
}
