/**
 * "Verify integrity" as React state: counts the log (to say how much is being checked), then runs
 * the verification in its Worker (on this thread where there is no Worker) and
 * keeps the report. One run at a time.
 */
import { useCallback, useRef, useState } from 'react';
import type { GivenHead, IntegrityReport } from '../../db/audit-verification';
import type { AuditRepository } from '../../db/audit-repository';
import type { StoreReader } from '../../db/store-reader';

export type VerifyState =
  | { kind: 'idle' }
  | { kind: 'running'; entries: number | null }
  | { kind: 'done'; report: IntegrityReport }
  | { kind: 'failed'; error: unknown };

export function useVerify(store: StoreReader, audit: AuditRepository) {
  const [state, setState] = useState<VerifyState>({ kind: 'idle' });
  const running = useRef(false);

  const run = useCallback(
    async (heads: readonly GivenHead[] = []) => {
      if (running.current) return;
      running.current = true;
      setState({ kind: 'running', entries: null });
      try {
        const entries = await audit.count();
        setState({ kind: 'running', entries });
        setState({ kind: 'done', report: await store.verifyIntegrity(heads) });
      } catch (error) {
        setState({ kind: 'failed', error });
      } finally {
        running.current = false;
      }
    },
    [store, audit],
  );

  return { state, run };
}
