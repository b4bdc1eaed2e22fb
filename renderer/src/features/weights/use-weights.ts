/**
 * The weights screen's data: the stored population table (checked against the questionnaire), the
 * weighting it gives over the stored responses, and saving or clearing the table.
 */
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useServices } from '../../app/services-context';
import type { LocalText } from '../../core/questionnaire/model';
import { validatePopulationTable } from '../../core/weights/parse-population';
import { stratumVocabulary, type PopulationTable, type StratumVocabulary } from '../../core/weights/population';
import { liveResponsePages } from '../../db/response-pages';
import type { SettingsRepository } from '../../db/settings-repository';
import type { Weighting } from '../dashboard/compute-dashboard';
import { runIndicators } from '../dashboard/run-indicators';
import { Cancelled } from './respondents';

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

export interface StoredTable {
  table: PopulationTable | null;
  /** Why a stored table was set aside (it no longer fits the questionnaire's codes). */
  problem?: LocalText;
}

/** The stored population table, or null; a stored table with codes the questionnaire lacks is not used. */
export async function loadPopulationTable(settings: Pick<SettingsRepository, 'get'>, vocabulary: StratumVocabulary): Promise<StoredTable> {
  const stored = await settings.get('populationTable');
  if (!stored) return { table: null };
  const checked = validatePopulationTable(stored, vocabulary);
  if (checked.ok) return { table: checked.value };
  const problem = checked.error[0]?.message;
  return problem ? { table: null, problem } : { table: null };
}

/** The stored population table, read once per settings/vocabulary; `setStored` after saving a new one. */
export function useStoredPopulation(settings: Pick<SettingsRepository, 'get'>, vocabulary: StratumVocabulary) {
  const [stored, setStored] = useState<StoredTable | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    loadPopulationTable(settings, vocabulary)
      .then((s) => live && setStored(s))
      .catch((e: unknown) => live && setLoadError(messageOf(e)));
    return () => {
      live = false;
    };
  }, [settings, vocabulary]);
  return { stored, setStored, loadError };
}

/** The weighting in force over every response that is not deleted, recomputed (in a Worker) when the table changes. */
export function useWeights() {
  const { db, settings, questionnaire, profile } = useServices();
  const vocabulary = useMemo(() => stratumVocabulary(questionnaire), [questionnaire]);
  const { stored, setStored, loadError: readError } = useStoredPopulation(settings, vocabulary);
  const [computed, setComputed] = useState<{ stored: StoredTable; weighting: Weighting; responseCount: number } | null>(null);
  const [computeError, setLoadError] = useState('');
  const loadError = readError ?? computeError;

  useEffect(() => {
    if (!stored) return;
    const abort = new AbortController();
    runIndicators({ q: questionnaire, pages: liveResponsePages(db), filter: 'all', table: stored.table, signal: abort.signal })
      .then(({ weighting, responseCount }) => {
        if (!abort.signal.aborted) setComputed({ stored, weighting, responseCount });
      })
      .catch((e: unknown) => {
        if (!(e instanceof Cancelled)) setLoadError(messageOf(e));
      });
    return () => abort.abort();
  }, [db, stored, questionnaire]);

  const save = useCallback(
    async (table: PopulationTable | null) => {
      await settings.setPopulationTable(profile, table);
      setStored({ table });
    },
    [settings, setStored, profile],
  );

  // Figures of an earlier table are not shown as the new table's.
  const current = computed && computed.stored === stored ? computed : null;
  return { vocabulary, stored, weighting: current?.weighting ?? null, responseCount: current?.responseCount ?? 0, loadError, save };
}
