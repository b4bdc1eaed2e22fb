/**
 * The messages between the window and the export Worker. The Worker reads the responses from the
 * store itself (its own connection), so the window neither deserialises nor copies them; the
 * finished file travels back as a transferred ArrayBuffer (no copy).
 */
import type { ExportProgress, WorkbookRequest, WorkbookSummary } from '../../core/export/workbook-export';
import type { QuestionnaireDef } from '../../core/questionnaire/model';

export type ToWorker =
  /** The questionnaire as data (compiled in the Worker), what to export, and the store to read. */
  {
    type: 'start';
    definition: QuestionnaireDef;
    /**
     * Every stored edition when there are several: the workbook across editions, with `definition`'s
     * place taken by their reference (the newest). Absent or one: `definition` alone.
     */
    definitions?: QuestionnaireDef[];
    request: WorkbookRequest;
    dbName: string;
    /** `statistics`: the zip for statistics packages (CSV, .sps, .do) instead of the workbook. */
    format?: 'workbook' | 'statistics';
  };

export type FromWorker =
  | { type: 'progress'; progress: ExportProgress }
  | { type: 'done'; bytes: ArrayBuffer; summary: WorkbookSummary }
  | { type: 'error'; message: string; limit?: string };

/** What the window needs of a Worker (a real one, or an in-process stand-in in tests). */
export interface ExportWorkerLike {
  postMessage(message: ToWorker): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}
