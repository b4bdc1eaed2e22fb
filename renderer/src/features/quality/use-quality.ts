/**
 * The data-quality report as React state: every rule of core/quality over the responses that are
 * not deleted, each against the edition it was keyed in when that edition is held (otherwise against
 * the installed questionnaire, so codes of an unknown version show as invalid),
 * run in a Worker so the window stays responsive with 100,000 responses.
 */
import { useCallback, useEffect, useState } from 'react';
import { useServices } from '../../app/services-context';
import type { Finding } from '../../core/quality/finding';
import { runQuality } from './run-quality';

export type QualityState =
  | { kind: 'running' }
  | { kind: 'ready'; findings: Finding[]; responses: number }
  | { kind: 'failed'; error: unknown };

export function useQuality() {
  const { store, questionnaire, questionnaires } = useServices();
  const [state, setState] = useState<QualityState>({ kind: 'running' });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    runQuality(store, questionnaire, questionnaires.catalog.all()).then(
      ({ findings, responses }) => live && setState({ kind: 'ready', findings, responses }),
      (error: unknown) => live && setState({ kind: 'failed', error }),
    );
    return () => {
      live = false;
    };
  }, [store, questionnaire, questionnaires, round]);
  const rerun = useCallback(() => {
    setState({ kind: 'running' });
    setRound((r) => r + 1);
  }, []);
  return { state, rerun };
}
