/**
 * A response's history as React state: its audit entries (in the order they happened, across
 * devices) and the response record (for its key). Reads only; nothing here writes.
 */
import { useEffect, useState } from 'react';
import { useServices } from '../../app/services-context';
import type { AuditEntry } from '../../core/audit/audit-entry';
import { replayOrder } from '../../core/audit/history';
import type { ResponseRecord } from '../../db/records';

export type HistoryState =
  | { kind: 'loading' }
  | { kind: 'ready'; record: ResponseRecord | undefined; entries: AuditEntry[] }
  | { kind: 'failed'; error: unknown };

export function useHistory(responseId: string): HistoryState {
  const { audit, responses } = useServices();
  const [state, setState] = useState<HistoryState>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    Promise.all([audit.forResponse(responseId), responses.get(responseId)]).then(
      ([entries, record]) => live && setState({ kind: 'ready', record, entries: replayOrder(entries) }),
      (error: unknown) => live && setState({ kind: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [audit, responses, responseId]);
  return state;
}
