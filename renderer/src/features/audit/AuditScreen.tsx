/**
 * The audit screen (coordinators and auditors): "Verify integrity" over every device's chain and
 * the recorded chain heads, and the standalone export of the audit log. The route guard keeps
 * other roles out.
 */
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services-context';
import { ScreenFrame } from '../../ui/ScreenFrame';
import { AuditExportPanel } from './AuditExportPanel';
import { useVerify } from './use-verify';
import { VerifyPanel } from './VerifyPanel';
import './audit.css';

export function AuditScreen() {
  const { store, audit, host, profile, lang } = useServices();
  const { t } = useTranslation('audit');
  const { state, run } = useVerify(store, audit);
  return (
    <ScreenFrame title={t('title')} width="text" className="audit-screen">
      <p>{t('intro')}</p>
      <VerifyPanel state={state} onVerify={() => void run()} lang={lang} />
      <AuditExportPanel store={store} audit={audit} host={host} profile={profile} lang={lang} />
    </ScreenFrame>
  );
}
