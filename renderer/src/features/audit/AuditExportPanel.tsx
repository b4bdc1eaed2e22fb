/** "Export the audit log": the button and what became of the export (file, entries, chain heads). */
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { shortDevice } from '../../core/audit/verify-messages';
import { APP_VERSION } from '../../host/app-version';
import type { AuditExportDeps, AuditExportOutcome } from './export-audit-log';
import { exportAuditLog } from './export-audit-log';

type Deps = Omit<AuditExportDeps, 'appVersion' | 'now'>;

function outcomeText(t: TFunction<'audit'>, outcome: AuditExportOutcome | 'working' | null): string {
  if (outcome === null) return '';
  if (outcome === 'working') return t('export.working');
  switch (outcome.kind) {
    case 'saved': {
      const heads = outcome.heads.map((h) => `${shortDevice(h.deviceId)} #${h.deviceSeq} ${h.hash.slice(0, 12)}…`).join(', ') || '–';
      const done = t('export.done', { n: outcome.entries, file: outcome.fileName, heads });
      return outcome.notRecorded ? `${done} ${t('export.notRecorded', { message: outcome.notRecorded })}` : done;
    }
    case 'cancelled':
      return t('export.cancelled');
    case 'refused':
      return outcome.message;
    case 'failed':
      return t('export.failed', { message: outcome.message });
  }
}

export function AuditExportPanel(deps: Deps) {
  const { t } = useTranslation('audit');
  const [outcome, setOutcome] = useState<AuditExportOutcome | 'working' | null>(null);
  const bad = outcome !== null && outcome !== 'working' && (outcome.kind === 'failed' || outcome.kind === 'refused' || (outcome.kind === 'saved' && !!outcome.notRecorded));

  async function run() {
    setOutcome('working');
    setOutcome(await exportAuditLog({ ...deps, appVersion: APP_VERSION }));
  }

  return (
    <section className="audit-panel" aria-labelledby="audit-export-heading">
      <h2 id="audit-export-heading">{t('export.heading')}</h2>
      <p className="audit-help">{t('export.help')}</p>
      <button type="button" onClick={() => void run()} disabled={outcome === 'working'}>
        {t('export.button')}
      </button>
      <p role="status" className={`audit-status${bad ? ' audit-bad' : ''}`}>
        {outcomeText(t, outcome)}
      </p>
    </section>
  );
}
