/**
 * "Eksportér til Excel" / "Export to Excel": opens the export dialog, with a live status next to it
 * ("Eksporteret 12 svar til …", a warning for cut texts, or the error). Works on its own, or shares
 * its state with the menu command when given an `exporter` from `useResponseExport`.
 */
import { lazy, Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services-context';
import { exportMessage } from './export-message';
import { useResponseExport, type ResponseExporter } from './use-response-export';

// The dialog (selection fields, the edition filters, the statistics-package choices) comes when it is
// first opened: the response list, the first screen, does not wait for it.
const ExportDialog = lazy(() => import('./ExportDialog').then((m) => ({ default: m.ExportDialog })));

interface Props {
  /** Shared export state (e.g. also run by the menu); without it the button keeps its own. */
  exporter?: ResponseExporter;
}

export function ExportButton({ exporter }: Props) {
  const services = useServices();
  const own = useResponseExport(exporter ? null : services);
  const active = exporter ?? own;
  const { t } = useTranslation('export');
  const statusId = useId();
  const message = active.outcome === null ? null : exportMessage(active.outcome, services.lang);
  const text = message?.lines.map((line) => t(line.key, line.values ?? {})).join(' ') ?? '';

  return (
    <>
      <button type="button" aria-haspopup="dialog" aria-describedby={statusId} onClick={() => void active.run()}>
        {t('button')}
      </button>
      <span
        id={statusId}
        role="status"
        className={`export-status${message?.tone === 'error' ? ' error' : ''}`}
        data-tone={message?.tone}
      >
        {active.open ? '' : text}
      </span>
      {active.open && (
        <Suspense fallback={null}>
          <ExportDialog exporter={active} questionnaire={services.questionnaire} lang={services.lang} />
        </Suspense>
      )}
    </>
  );
}
