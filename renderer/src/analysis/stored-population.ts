/**
 * The stored population table as the weights screen and the dashboard read it: checked against the
 * stratum codes of the editions held (`editionVocabulary`: the edition for new responses' codes, the
 * codes older editions renamed read as the new ones, codes only older editions have kept), set aside
 * with the reason when it no longer fits.
 */
import { useEffect, useState } from 'react';
import type { LocalText } from '../core/questionnaire/model';
import { validatePopulationTable } from '../core/weights/parse-population';
import type { PopulationTable, StratumVocabulary } from '../core/weights/population';
import type { StratumCollapse } from '../core/weights/collapse';
import type { SettingsRepository } from '../db/settings-repository';

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

export interface StoredTable {
  table: PopulationTable | null;
  /** The coordinator's collapsed strata (applied where the table allows them). */
  collapses: StratumCollapse[];
  /** Why a stored table was set aside (it no longer fits the questionnaire's codes). */
  problem?: LocalText;
}

/** The stored population table, or null; a stored table with codes the questionnaire lacks is not used. */
export async function loadPopulationTable(settings: Pick<SettingsRepository, 'get'>, vocabulary: StratumVocabulary): Promise<StoredTable> {
  const [stored, collapses = []] = await Promise.all([settings.get('populationTable'), settings.get('stratumCollapses')]);
  if (!stored) return { table: null, collapses };
  const checked = validatePopulationTable(stored, vocabulary);
  if (checked.ok) return { table: checked.value, collapses };
  const problem = checked.error[0]?.message;
  return problem ? { table: null, collapses, problem } : { table: null, collapses };
}

/**
 * The stored population table, read once per settings/vocabulary (none while `vocabulary` is null,
 * i.e. not known yet); `setStored` after saving a new one.
 */
export function useStoredPopulation(settings: Pick<SettingsRepository, 'get'>, vocabulary: StratumVocabulary | null) {
  const [stored, setStored] = useState<StoredTable | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  useEffect(() => {
    if (vocabulary === null) return;
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
