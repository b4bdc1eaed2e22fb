import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../db/records';
import type { Host } from '../host/host';

/** "Barometer Entry — <profile name> (<role>)", so the taskbar says who is working on this machine, and as what. */
export function useWindowTitle(host: Host, profile: Profile | null): void {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation('common');
  const { t: tp } = useTranslation('profile');
  const title = profile ? t('shell.windowTitle', { name: tp('windowTitle', { name: profile.name, role: tp(`roles.${profile.role}`) }) }) : tc('appName');
  useEffect(() => {
    host.setTitle(title);
  }, [host, title]);
}
