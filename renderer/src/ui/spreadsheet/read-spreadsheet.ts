/**
 * Reads an xlsx file in a disposable Worker: one Worker per file, terminated as soon as it answers,
 * fails or runs out of time, so nothing a crafted file does to the parser's globals outlives it.
 */
import type { LocalText } from '../../core/questionnaire/model';
import { err, type Result } from '../../core/result';
import { csvRows } from './csv-rows';
import { checkSheetMatrix, checkSheetReply, checkWorkbookReply } from './sheet-matrix';
import { MAX_SHEET_ROWS, SHEET_READ_TIMEOUT_MS } from './sheet-limits';

/** Reads a spreadsheet's first sheet into rows of cell texts (injected in tests, where there is no Worker). */
export type SheetReader = (data: Uint8Array) => Promise<Result<string[][], LocalText>>;

/** Reads the named sheets of a workbook (those present), each as rows of cell texts. */
export type WorkbookReader = (data: Uint8Array) => Promise<Result<Record<string, string[][]>, LocalText>>;

function inWorker<T>(data: Uint8Array, request: Record<string, unknown>, timeoutMs: number, check: (reply: unknown) => Result<T, LocalText>): Promise<Result<T, LocalText>> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./spreadsheet.worker.ts', import.meta.url), { type: 'module', name: 'spreadsheet' });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      resolve(err({ da: `Regnearket kunne ikke læses: ${message}`, en: `The spreadsheet could not be read: ${message}` }));
      return;
    }
    let settled = false;
    const finish = (result: Result<T, LocalText>) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(
      () =>
        finish(
          err({
            da: `Det tog over ${timeoutMs / 1000} sekunder at læse filen, så den blev opgivet. Gem arket som csv og prøv igen.`,
            en: `Reading the file took over ${timeoutMs / 1000} seconds, so it was abandoned. Save the sheet as csv and try again.`,
          }),
        ),
      timeoutMs,
    );
    worker.onmessage = (event: MessageEvent<unknown>) => finish(check(event.data));
    worker.onerror = (event: ErrorEvent) => {
      event.preventDefault();
      finish(err({ da: `Regnearket kunne ikke læses: ${event.message}`, en: `The spreadsheet could not be read: ${event.message}` }));
    };
    worker.onmessageerror = () => finish(err({ da: 'Regnearket kunne ikke læses.', en: 'The spreadsheet could not be read.' }));
    // A private copy, transferred: the caller's bytes stay intact.
    const bytes = data.slice().buffer;
    worker.postMessage({ ...request, bytes }, [bytes]);
  });
}

/** The first sheet's rows, at most `maxRows` (a longer sheet is refused, with `tooManyRows` when given). */
export function readSpreadsheetInWorker(
  data: Uint8Array,
  timeoutMs = SHEET_READ_TIMEOUT_MS,
  maxRows = MAX_SHEET_ROWS,
  tooManyRows?: LocalText,
): Promise<Result<string[][], LocalText>> {
  return inWorker(data, { maxRows }, timeoutMs, (reply) => checkSheetReply(reply, maxRows, tooManyRows));
}

/** The sheets named (compared ignoring case), each within `maxRows`; sheets the file lacks are left out. */
export function readWorkbookInWorker(
  data: Uint8Array,
  sheets: readonly string[],
  timeoutMs = SHEET_READ_TIMEOUT_MS,
  maxRows = MAX_SHEET_ROWS,
): Promise<Result<Record<string, string[][]>, LocalText>> {
  return inWorker(data, { maxRows, sheets: [...sheets] }, timeoutMs, (reply) => checkWorkbookReply(reply, sheets, maxRows));
}

/**
 * A csv file's rows, at most `maxRows` (a longer file is refused, with `tooManyRows` when given, and
 * never split past the limit), read in the disposable Worker: a file of a million lines took the
 * window 4.6 s (issue 10, item 7). Where there is no Worker (component tests) it is read on the
 * calling thread, with the same result.
 */
export function readCsvInWorker(
  data: Uint8Array,
  timeoutMs = SHEET_READ_TIMEOUT_MS,
  maxRows = MAX_SHEET_ROWS,
  tooManyRows?: LocalText,
): Promise<Result<string[][], LocalText>> {
  if (typeof Worker === 'undefined') return Promise.resolve(checkSheetMatrix(csvRows(data, maxRows), maxRows, tooManyRows));
  return inWorker(data, { maxRows, csv: true }, timeoutMs, (reply) => checkSheetReply(reply, maxRows, tooManyRows));
}
