/**
 * Exchange between computers: "Send to coordinator" for everyone who enters data; for the
 * coordinator, a package to each surveyor and the import of the surveyors' packages; for a
 * surveyor, the import of the coordinator's packages addressed to them. An auditor neither sends
 * nor imports.
 */
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services-context';
import { can } from '../../core/permissions/permissions';
import { ScreenFrame } from '../../ui/ScreenFrame';
import { ImportPanel } from './ImportPanel';
import { SendPanel } from './SendPanel';
import { SendToSurveyorPanel } from './SendToSurveyorPanel';

/** `onOpenDuplicates`: the duplicates view, offered when an import brought new ones. */
export function ExchangeScreen({ onOpenDuplicates }: { onOpenDuplicates?(): void }) {
  const { t } = useTranslation('exchange');
  const { profile } = useServices();
  const imports = can(profile.role, 'import').allowed;
  const importsAddressed = can(profile.role, 'import-addressed', { addressedToActor: true }).allowed;
  // Bumped after each import: a surveyor met in a package can be sent work at once.
  const [imported, setImported] = useState(0);
  const onImported = useCallback(() => setImported((n) => n + 1), []);
  return (
    <ScreenFrame title={t('title')} width="text" className="exchange-screen">
      {can(profile.role, 'send-package').allowed ? <SendPanel /> : null}
      {imports ? (
        <ImportPanel from="surveyors" onImported={onImported} {...(onOpenDuplicates ? { onOpenDuplicates } : {})} />
      ) : importsAddressed ? (
        <ImportPanel from="coordinator" onImported={onImported} />
      ) : (
        <p className="muted">{t('coordinatorOnly')}</p>
      )}
      {can(profile.role, 'send-to-surveyor').allowed ? <SendToSurveyorPanel refresh={imported} /> : null}
    </ScreenFrame>
  );
}
