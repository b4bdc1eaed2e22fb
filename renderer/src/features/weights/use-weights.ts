/**
 * The weights screen's data: the stored population table (checked against the questionnaire), the
 * weighting it gives over the stored responses, and saving or clearing the table.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useServices } from '../../app/services-context';
import { rowDimensions, type PopulationRow, type PopulationTable, type StratumDimension } from '../../core/weights/population';
import type { StratumCollapse } from '../../core/weights/collapse';
import { sampledPerStratum } from '../../core/export/fieldwork-sheets';
import { useStoredPopulation, type StoredTable } from '../../analysis/stored-population';
import type { Weighting } from '../../analysis/compute-dashboard';
import { storedWeighting } from '../../analysis/run-indicators';
import { Cancelled } from '../../analysis/respondents';
import { useWeightingEditions } from '../../analysis/weighting-editions';
import { editionVocabulary } from '../../core/weights/edition-strata';

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** What the weights take from the sample frame in force. */
export interface SampleFrameFacts {
  version: number;
  /** N_h per stratum when the frame carried them. */
  population: PopulationRow[] | null;
  cases: readonly Record<StratumDimension, string>[];
}

/** The weighting in force over the finished responses (the base rule's default), recomputed (in a Worker) when the table changes. */
export function useWeights() {
  const services = useServices();
  const { store, settings, profile, fieldwork } = services;
  // The table is written in the codes of the edition for new responses; earlier editions' responses count in them.
  const { editions, error: editionsError } = useWeightingEditions(services);
  const vocabulary = useMemo(() => (editions ? editionVocabulary(editions) : null), [editions]);
  const { stored, setStored, loadError: readError } = useStoredPopulation(settings, vocabulary);
  const [computed, setComputed] = useState<{ stored: StoredTable; weighting: Weighting; responseCount: number } | null>(null);
  const [computeError, setLoadError] = useState('');
  const loadError = editionsError ?? readError ?? computeError;

  useEffect(() => {
    if (!stored || !editions) return;
    const abort = new AbortController();
    storedWeighting({ editions, pages: store.responsePages(), table: stored.table, collapses: stored.collapses, signal: abort.signal })
      .then(({ weighting, responseCount }) => {
        if (!abort.signal.aborted) setComputed({ stored, weighting, responseCount });
      })
      .catch((e: unknown) => {
        if (!(e instanceof Cancelled)) setLoadError(messageOf(e));
      });
    return () => abort.abort();
  }, [store, stored, editions]);

  const save = useCallback(
    async (table: PopulationTable | null) => {
      await settings.setPopulationTable(profile, table);
      setStored((s) => ({ table, collapses: s?.collapses ?? [] }));
    },
    [settings, setStored, profile],
  );

  const saveCollapses = useCallback(
    async (collapses: StratumCollapse[]) => {
      await settings.setStratumCollapses(profile, collapses);
      setStored((s) => ({ table: s?.table ?? null, collapses }));
    },
    [settings, setStored, profile],
  );

  // The sample frame in force: its cases give n_h per stratum, its population column a table to use.
  const [frame, setFrame] = useState<SampleFrameFacts | null>(null);
  useEffect(() => {
    let live = true;
    Promise.all([fieldwork.currentVersion(), fieldwork.cases()])
      .then(([version, cases]) => live && setFrame(version ? { version: version.version, population: version.population, cases: cases.map((c) => c.frame) } : null))
      .catch(() => live && setFrame(null));
    return () => {
      live = false;
    };
  }, [fieldwork]);

  // Figures of an earlier table are not shown as the new table's.
  const current = computed && computed.stored === stored ? computed : null;
  // n_h on the table's dimensions, so it lines up with the strata the weights are computed on.
  const sampled = useMemo(() => {
    const first = stored?.table?.[0];
    return frame && frame.cases.length > 0 && first ? sampledPerStratum(frame.cases, rowDimensions(first)) : null;
  }, [frame, stored]);
  return { vocabulary, stored, weighting: current?.weighting ?? null, responseCount: current?.responseCount ?? 0, loadError, save, saveCollapses, frame, sampled };
}
