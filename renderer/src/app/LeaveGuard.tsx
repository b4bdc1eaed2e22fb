/**
 * Leaving answers that could not be saved takes a decision: moving to another screen (menu, Back,
 * Esc) asks first, the safe choice being to stay and try again; closing or reloading the browser tab
 * asks through the browser's own prompt. (In the desktop app the window's close goes through the
 * quit gate, which a `beforeunload` prompt would hold up, so there the prompt is not used.)
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { useUnsavedCount } from '../ui/unsaved-work';

/** `askOnUnload`: also ask when the tab is closed or reloaded (the browser build). */
export function LeaveGuard({ askOnUnload }: { askOnUnload: boolean }) {
  const { t } = useTranslation('nav');
  const unsaved = useUnsavedCount();
  const blocker = useBlocker(({ currentLocation, nextLocation }) => unsaved > 0 && currentLocation.pathname !== nextLocation.pathname);

  useEffect(() => {
    if (unsaved === 0 || !askOnUnload) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      e.preventDefault();
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [unsaved, askOnUnload]);

  // Saved meanwhile (the disk had room again): nothing to ask about any more.
  useEffect(() => {
    if (blocker.state === 'blocked' && unsaved === 0) blocker.proceed();
  }, [blocker, unsaved]);

  if (blocker.state !== 'blocked') return null;
  return (
    <ConfirmDialog
      title={t('leave.title')}
      body={t('leave.body', { count: unsaved })}
      confirmLabel={t('leave.confirm')}
      cancelLabel={t('leave.cancel')}
      onConfirm={() => blocker.proceed()}
      onCancel={() => blocker.reset()}
    />
  );
}
