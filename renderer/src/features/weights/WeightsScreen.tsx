/**
 * Weights (coordinator): enter or import N_h per stratum, save or clear the table, and see the
 * weights w = N_h / r_h it gives over the responses in the store, flagged strata included.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services-context';
import type { PopulationTable } from '../../core/weights/population';
import { importPopulationFile } from './import-population';
import { ImportPanel, type ImportOutcome } from './ImportPanel';
import { PopulationEditor } from './PopulationEditor';
import { MAX_POPULATION_FILE_BYTES } from '../../ui/spreadsheet/sheet-limits';
import { useWeights } from './use-weights';
import { WeightsTable } from './WeightsTable';
import { WeightDiagnosticsPanel } from './WeightDiagnosticsPanel';
import { CollapsePanel } from './CollapsePanel';
import type { StratumCollapse } from '../../core/weights/collapse';
import { ScreenFrame } from '../../ui/ScreenFrame';
import './weights.css';

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function WeightsScreen() {
  const { t } = useTranslation('weights');
  const { host, lang, readOnlyReason } = useServices();
  const { vocabulary, stored, weighting, responseCount, loadError, save, saveCollapses, frame, sampled } = useWeights();
  const [outcome, setOutcome] = useState<ImportOutcome>({ kind: 'idle' });
  const [notice, setNotice] = useState('');
  const [collapseNotice, setCollapseNotice] = useState('');
  // Bumped whenever the stored table changes from outside the editor, to reload the editor from it.
  const [editorRevision, setEditorRevision] = useState(0);
  const readOnly = readOnlyReason !== null;

  async function store(table: PopulationTable | null, done: string, reload: boolean) {
    try {
      await save(table);
      setNotice(done);
      if (reload) setEditorRevision((n) => n + 1);
      return true;
    } catch (e) {
      setNotice(t('saveFailed', { message: messageOf(e) }));
      return false;
    }
  }

  async function storeCollapses(collapses: StratumCollapse[], done: string) {
    try {
      await saveCollapses(collapses);
      setCollapseNotice(done);
    } catch (e) {
      setCollapseNotice(t('collapse.failed', { message: messageOf(e) }));
    }
  }

  async function importFile() {
    setNotice('');
    const opened = await host.openFile('spreadsheet', MAX_POPULATION_FILE_BYTES);
    if (!opened.ok) return setOutcome({ kind: 'open-failed', message: opened.error });
    if (opened.value === null || vocabulary === null) return; // cancelled: whatever was shown stays
    const file = opened.value;
    setOutcome({ kind: 'reading' });
    const result = await importPopulationFile(file, vocabulary);
    if (!result.ok) return setOutcome({ kind: 'refused', file: file.name, problems: result.error });
    if (await store(result.value, '', true)) setOutcome({ kind: 'done', file: file.name, strata: result.value.length });
    else setOutcome({ kind: 'idle' });
  }

  return (
    <ScreenFrame title={t('title')} className="weights-screen">
      <p>{t('intro')}</p>
      {readOnly ? <p className="notice warning">{t('readOnly')}</p> : null}
      {loadError ? <p className="error" role="alert">{loadError}</p> : null}
      {stored?.problem ? <p className="notice warning">{t('storedInvalid', { message: stored.problem[lang] })}</p> : null}
      {stored === null || vocabulary === null ? (
        <p>{t('loading')}</p>
      ) : (
        <div className="weights-columns">
          <div>
            {frame?.population ? (
              <p className="notice">
                {t('fromSample', { version: frame.version, count: frame.population.length })}{' '}
                <button type="button" disabled={readOnly} onClick={() => frame.population && void store(frame.population, t('usedSample', { count: frame.population.length }), true)}>
                  {t('useSample')}
                </button>
              </p>
            ) : null}
            <ImportPanel outcome={outcome} lang={lang} disabled={readOnly} onImport={() => void importFile()} />
            <PopulationEditor
              key={editorRevision}
              vocabulary={vocabulary}
              initial={stored.table}
              lang={lang}
              readOnly={readOnly}
              onSave={(table) => {
                setOutcome({ kind: 'idle' });
                void store(table, t('saved', { count: table.length }), false);
              }}
              onClear={() => {
                setOutcome({ kind: 'idle' });
                void store(null, t('cleared'), true);
              }}
            />
            <p role="status" className="weights-ok">{notice}</p>
          </div>
          <div>
            {weighting ? (
              <>
                <WeightsTable weights={weighting} lang={lang} responseCount={responseCount} sampled={sampled} />
                <WeightDiagnosticsPanel weights={weighting} lang={lang} />
              </>
            ) : (
              <p role="status">{t('computing')}</p>
            )}
            <CollapsePanel
              table={stored.table}
              collapses={stored.collapses}
              vocabulary={vocabulary}
              lang={lang}
              readOnly={readOnly}
              notice={collapseNotice}
              onSave={(collapses, done) => void storeCollapses(collapses, done)}
            />
          </div>
        </div>
      )}
    </ScreenFrame>
  );
}
