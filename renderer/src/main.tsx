/**
 * Renderer entry. i18n starts in Danish so the start-up screen can speak; Root then opens the store,
 * switches to the stored language and shows the app (or a full-screen explanation of what failed).
 */
// First: zod must be jitless before any schema module loads.
import './zod-config';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { bootstrap } from './app/bootstrap';
import { Root } from './app/Root';
import { initI18n } from './i18n/i18n';
import './ui/theme.css';

const container = document.getElementById('root');
if (container) {
  // The start-up (opening the store first) runs while i18n starts and the start-up screen draws.
  const starting = bootstrap();
  starting.catch(() => undefined); // Root shows a failure; this only keeps it from being reported unhandled before Root looks
  void initI18n('da').then(() => {
    createRoot(container).render(
      <StrictMode>
        <Root starting={starting} />
      </StrictMode>,
    );
  });
}
