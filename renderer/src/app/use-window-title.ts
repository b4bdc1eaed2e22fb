import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../db/records';
import type { Host } from '../host/host';

/** "Barometer Entry — <profile name>", so the taskbar says who is keying on this machine. */
export function useWindowTitle(host: Host, profile: Profile | null): void {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation('common');
  const title = profile ? t('shell.windowTitle', { name: profile.name }) : tc('appName');
  useEffect(() => {
    host.setTitle(title);
  }, [host, title]);
}
