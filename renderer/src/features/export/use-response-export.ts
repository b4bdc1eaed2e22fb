/**
 * The export as React state, shared by the toolbar button and the application menu's "Export"
 * command: call `useResponseExport(services)` once where both are wired (the app shell), hand the
 * result to `<ExportButton exporter={…} />`, and call `run()` on the menu command — it opens the
 * export dialog, where the user chooses and starts the export.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import type { AppServices } from '../../app/services-context';
import type { ExportProgress } from '../../core/export/workbook-export';
import { exportResponses, type ExportChoice, type ExportOutcome, type ExportServices } from './export-responses';
import { exportServicesOf } from './export-services';

export interface ResponseExporter {
  /** Opens the export dialog (ignored when there are no services yet). */
  run(): Promise<void>;
  /** Whether the dialog is open. */
  open: boolean;
  /** Closes the dialog (an export keeps running; Cancel stops it). */
  close(): void;
  /** Starts an export with the dialog's choice; ignored while one runs. */
  start(choice: ExportChoice): Promise<void>;
  /** Stops the running export: the Worker is terminated and nothing is saved. */
  cancel(): void;
  busy: boolean;
  /** The running export's phase and fraction; null when none runs. */
  progress: ExportProgress | null;
  /** `'working'` while running; the last outcome after; null before the first export. */
  outcome: ExportOutcome | 'working' | null;
  /** The export's services (the dialog counts with their response pages); null without a profile. */
  services: ExportServices | null;
}

/**
 * @param services the app's services, or null before a profile exists.
 * @param makeServices turns them into the export's (tests replace the Worker and the store).
 */
export function useResponseExport(
  services: AppServices | null,
  makeServices: (app: AppServices) => ExportServices = exportServicesOf,
): ResponseExporter {
  const [open, setOpen] = useState(false);
  const [outcome, setOutcome] = useState<ExportOutcome | 'working' | null>(null);
  const [progress, setProgress] = useState<ExportProgress | null>(null);
  const running = useRef<AbortController | null>(null);
  const exportServices = useMemo(() => (services ? makeServices(services) : null), [services, makeServices]);

  const run = useCallback(async () => {
    if (services) setOpen(true);
  }, [services]);
  const close = useCallback(() => setOpen(false), []);
  const cancel = useCallback(() => running.current?.abort(), []);

  const start = useCallback(
    async (choice: ExportChoice) => {
      if (!exportServices || running.current) return;
      const controller = new AbortController();
      running.current = controller;
      setOutcome('working');
      setProgress({ phase: 'reading', fraction: 0 });
      let shown = '';
      const onProgress = (p: ExportProgress) => {
        const key = `${p.phase}:${Math.floor(p.fraction * 100)}`; // re-render per whole percent, not per message
        if (key !== shown) {
          shown = key;
          setProgress(p);
        }
      };
      try {
        const result = await exportResponses(exportServices, choice, { signal: controller.signal, onProgress });
        setOutcome(result);
      } finally {
        running.current = null;
        setProgress(null);
      }
    },
    [exportServices],
  );

  return useMemo(
    () => ({ run, open, close, start, cancel, busy: outcome === 'working', progress, outcome, services: exportServices }),
    [run, open, close, start, cancel, progress, outcome, exportServices],
  );
}
