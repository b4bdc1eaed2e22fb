/**
 * The audit screen (coordinators and auditors): "Verify integrity" over every device's chain and
 * the recorded chain heads, and the standalone export of the audit log. Other roles are told why
 * they cannot use it (the header does not offer it to them either).
 */
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services-context';
import { can } from '../../core/permissions/permissions';
import { AuditExportPanel } from './AuditExportPanel';
import { useVerify } from './use-verify';
import { VerifyPanel } from './VerifyPanel';
import './audit.css';

export function AuditScreen() {
  const { db, audit, host, profile, lang } = useServices();
  const { t } = useTranslation('audit');
  const { state, run } = useVerify(db, audit);
  const allowed = can(profile.role, 'review').allowed;
  return (
    <div className="audit-screen">
      <h1>{t('title')}</h1>
      {allowed ? (
        <>
          <p>{t('intro')}</p>
          <VerifyPanel state={state} onVerify={() => void run()} lang={lang} />
          <AuditExportPanel db={db} audit={audit} host={host} profile={profile} lang={lang} />
        </>
      ) : (
        <p role="alert">{t('refused')}</p>
      )}
    </div>
  );
}
