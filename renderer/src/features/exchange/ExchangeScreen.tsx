/**
 * Exchange between computers: "Send to coordinator" for everyone who enters data, and import of
 * packages for the coordinator. An auditor neither sends nor imports.
 */
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services-context';
import { can } from '../../core/permissions/permissions';
import { ImportPanel } from './ImportPanel';
import { SendPanel } from './SendPanel';

export function ExchangeScreen() {
  const { t } = useTranslation('exchange');
  const { profile } = useServices();
  const imports = can(profile.role, 'import').allowed;
  return (
    <section className="exchange-screen" aria-labelledby="exchange-title">
      <h1 id="exchange-title">{t('title')}</h1>
      {profile.role === 'auditor' ? null : <SendPanel />}
      {imports ? <ImportPanel /> : <p>{t('coordinatorOnly')}</p>}
    </section>
  );
}
