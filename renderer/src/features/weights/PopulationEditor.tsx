/**
 * The coordinator's table of N_h per stratum: choose the dimensions, type the counts, Save or Clear.
 * Props-driven (no store): the screen saves what `onSave` receives, which is always a valid table.
 */
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../core/questionnaire/model';
import { STRATUM_DIMENSIONS, type PopulationTable, type StratumDimension, type StratumVocabulary } from '../../core/weights/population';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { draftFromTable, draftStrata, tableFromDraft, type DraftProblems, type PopulationDraft } from './population-draft';

interface Props {
  vocabulary: StratumVocabulary;
  /** The stored table the editor starts from (remount with a new `key` to load another). */
  initial: PopulationTable | null;
  lang: Lang;
  readOnly: boolean;
  onSave(table: PopulationTable): void;
  onClear(): void;
}

export function PopulationEditor({ vocabulary, initial, lang, readOnly, onSave, onClear }: Props) {
  const { t } = useTranslation('weights');
  const { t: tc } = useTranslation('common');
  const idPrefix = useId();
  const [draft, setDraft] = useState<PopulationDraft>(() => draftFromTable(initial));
  const [problems, setProblems] = useState<DraftProblems | null>(null);
  const [confirming, setConfirming] = useState(false);
  const strata = useMemo(() => draftStrata(draft.dims, vocabulary), [draft.dims, vocabulary]);

  const toggleDim = (d: StratumDimension) =>
    setDraft((x) => ({ ...x, dims: x.dims.includes(d) ? x.dims.filter((y) => y !== d) : [...x.dims, d] }));
  const setCount = (key: string, text: string) => setDraft((x) => ({ ...x, counts: { ...x.counts, [key]: text } }));

  function submit(e: FormEvent) {
    e.preventDefault();
    const result = tableFromDraft(draft, vocabulary);
    if (!result.ok) return setProblems(result.error);
    setProblems(null);
    onSave(result.value);
  }

  const fieldErrorCount = problems ? Object.keys(problems.fields).length : 0;
  const summary =
    fieldErrorCount > 0
      ? t('fieldErrors', { count: fieldErrorCount })
      : problems?.form === 'no-rows'
        ? t('noRows')
        : problems?.form
          ? problems.form[lang]
          : '';

  return (
    <form className="population-editor" onSubmit={submit} noValidate>
      <fieldset className="weights-dims" disabled={readOnly}>
        <legend>{t('dimensions')}</legend>
        {STRATUM_DIMENSIONS.map((d) => (
          <label key={d}>
            <input
              type="checkbox"
              checked={draft.dims.includes(d)}
              disabled={draft.dims.length === 1 && draft.dims.includes(d)}
              onChange={() => toggleDim(d)}
            />{' '}
            {t(`dimension.${d}`)}
          </label>
        ))}
      </fieldset>
      <p className="hint">{t('blankHint')}</p>
      <div className="population-grid-wrap">
        <table className="population-grid">
          <thead>
            <tr>
              <th scope="col">{t('stratum')}</th>
              <th scope="col">{t('count')}</th>
            </tr>
          </thead>
          <tbody>
            {strata.map((s, i) => {
              const id = `${idPrefix}-n-${i}`;
              const bad = problems?.fields[s.key] !== undefined;
              return (
                <tr key={s.key}>
                  <th scope="row">
                    <label htmlFor={id}>{s.label[lang]}</label>
                  </th>
                  <td>
                    <input
                      id={id}
                      type="text"
                      inputMode="numeric"
                      autoComplete="off"
                      aria-label={t('countFor', { stratum: s.label[lang] })}
                      value={draft.counts[s.key] ?? ''}
                      readOnly={readOnly}
                      aria-invalid={bad || undefined}
                      aria-describedby={bad ? `${id}-error` : undefined}
                      onChange={(e) => setCount(s.key, e.target.value)}
                    />
                    {bad ? (
                      <p id={`${id}-error`} className="error">
                        {t('notACount')}
                      </p>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p role="alert" className="error">{summary}</p>
      <div className="weights-actions">
        <button type="submit" className="primary" disabled={readOnly}>
          {t('save')}
        </button>
        <button type="button" className="danger" disabled={readOnly || initial === null} onClick={() => setConfirming(true)}>
          {t('clear')}
        </button>
      </div>
      {confirming ? (
        <ConfirmDialog
          title={t('clearTitle')}
          body={t('clearBody')}
          confirmLabel={t('clearConfirm')}
          cancelLabel={tc('cancel')}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            onClear();
          }}
        />
      ) : null}
    </form>
  );
}
