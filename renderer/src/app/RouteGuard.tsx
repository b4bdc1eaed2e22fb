/**
 * A route the role may not open (reached by Back after a profile switch, or by a menu command) shows
 * the roles table's own message inside the frame, and nothing of the screen (nor fetches its code).
 * A screen it may open is fetched on first use (app/route-screens.tsx): meanwhile a status says so.
 */
import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { HOME_PATH, type ScreenSpec } from '../core/navigation/screens';
import { can } from '../core/permissions/permissions';
import { ScreenFrame } from '../ui/ScreenFrame';
import { useServices } from './services-context';

export function RouteGuard({ spec, children }: { spec: ScreenSpec; children: ReactNode }) {
  const { profile, lang } = useServices();
  const decision = can(profile.role, spec.action);
  if (!decision.allowed) return <Refused title={spec.id} reason={decision.message[lang]} />;
  // Keyed by screen: a new boundary for each, so its status shows even while the router's
  // navigation (a transition) would otherwise keep the previous screen up without a word.
  return (
    <Suspense key={spec.id} fallback={<ScreenLoading />}>
      {children}
    </Suspense>
  );
}

/** While a screen's code is fetched (once per screen, from the app's own files). */
function ScreenLoading() {
  const { t } = useTranslation('nav');
  return (
    <p role="status" className="screen-loading">
      {t('loadingScreen')}
    </p>
  );
}

function Refused({ title, reason }: { title: ScreenSpec['id']; reason: string }) {
  const { t } = useTranslation('nav');
  const navigate = useNavigate();
  return (
    <ScreenFrame title={t(`items.${title}`)} width="text">
      <p role="alert" className="notice warning">
        <strong>{t('refusedTitle')}.</strong> {t('refusedBody', { reason })}
      </p>
      <button type="button" onClick={() => void navigate(HOME_PATH)}>
        {t('toHome')}
      </button>
    </ScreenFrame>
  );
}

export function NotFound() {
  const { t } = useTranslation('nav');
  const navigate = useNavigate();
  const { pathname } = useLocation();
  return (
    <ScreenFrame title={t('notFoundTitle')} width="text">
      <p role="alert" className="notice warning">{t('notFoundBody', { path: pathname })}</p>
      <button type="button" onClick={() => void navigate(HOME_PATH)}>
        {t('toHome')}
      </button>
    </ScreenFrame>
  );
}
