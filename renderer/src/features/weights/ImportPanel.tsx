/** Import of a population file: the button, the outcome, and a refused file's reasons by row and column. */
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../core/questionnaire/model';
import type { PopulationProblem } from '../../core/weights/parse-population';

export type ImportOutcome =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'done'; file: string; strata: number }
  | { kind: 'refused'; file: string; problems: PopulationProblem[] }
  | { kind: 'open-failed'; message: string };

interface Props {
  outcome: ImportOutcome;
  lang: Lang;
  disabled: boolean;
  onImport(): void;
}

export function ImportPanel({ outcome, lang, disabled, onImport }: Props) {
  const { t } = useTranslation('weights');
  return (
    <section className="weights-import" aria-labelledby="weights-import-title">
      <h2 id="weights-import-title">{t('import.title')}</h2>
      <p className="hint">{t('import.hint')}</p>
      <button type="button" onClick={onImport} disabled={disabled || outcome.kind === 'reading'}>
        {t('import.button')}
      </button>
      <div role="status" aria-live="polite">
        {outcome.kind === 'reading' ? <p>{t('import.reading')}</p> : null}
        {outcome.kind === 'done' ? <p className="weights-ok">{t('import.done', { file: outcome.file, count: outcome.strata })}</p> : null}
      </div>
      <div role="alert">
        {outcome.kind === 'open-failed' ? <p className="error">{t('import.openFailed', { message: outcome.message })}</p> : null}
        {outcome.kind === 'refused' ? (
          <div className="weights-refused">
            <p className="error">{t('import.refused', { file: outcome.file })}</p>
            <ul>
              {outcome.problems.map((p, i) => (
                <li key={i}>{p.message[lang]}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
    </section>
  );
}
