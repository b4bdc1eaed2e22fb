/**
 * Exchange between computers: "Send to coordinator" for everyone who enters data, and import of
 * packages for the coordinator. An auditor neither sends nor imports.
 */
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services-context';
import { can } from '../../core/permissions/permissions';
import { ScreenFrame } from '../../ui/ScreenFrame';
import { ImportPanel } from './ImportPanel';
import { SendPanel } from './SendPanel';

/** `onOpenDuplicates`: the duplicates view, offered when an import brought new ones. */
export function ExchangeScreen({ onOpenDuplicates }: { onOpenDuplicates?(): void }) {
  const { t } = useTranslation('exchange');
  const { profile } = useServices();
  const imports = can(profile.role, 'import').allowed;
  return (
    <ScreenFrame title={t('title')} width="text" className="exchange-screen">
      {can(profile.role, 'send-package').allowed ? <SendPanel /> : null}
      {imports ? <ImportPanel {...(onOpenDuplicates ? { onOpenDuplicates } : {})} /> : <p className="muted">{t('coordinatorOnly')}</p>}
    </ScreenFrame>
  );
}
