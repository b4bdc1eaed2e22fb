/**
 * The export as React state, shared by the toolbar button and the application menu's "Export"
 * command: call `useResponseExport(services)` once where both are wired (the app shell), hand the
 * result to `<ExportButton exporter={…} />`, and call `run()` on the menu command.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { exportResponses, type ExportOutcome, type ExportServices } from './export-responses';

export interface ResponseExporter {
  /** Starts an export; ignored while one is running or when there are no services yet. */
  run(): Promise<void>;
  busy: boolean;
  /** `'working'` while running; the last outcome after; null before the first export. */
  outcome: ExportOutcome | 'working' | null;
}

export function useResponseExport(services: ExportServices | null): ResponseExporter {
  const [outcome, setOutcome] = useState<ExportOutcome | 'working' | null>(null);
  const running = useRef(false);
  const run = useCallback(async () => {
    if (!services || running.current) return;
    running.current = true;
    setOutcome('working');
    try {
      setOutcome(await exportResponses(services));
    } finally {
      running.current = false;
    }
  }, [services]);
  return useMemo(() => ({ run, busy: outcome === 'working', outcome }), [run, outcome]);
}
