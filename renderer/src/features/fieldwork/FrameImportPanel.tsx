/** Import of a sample frame: the button, a refused file's reasons by row and column, and a re-import's changes before they are applied. */
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../core/questionnaire/model';
import type { FrameCase } from '../../core/fieldwork/frame';
import type { FrameDiff } from '../../core/fieldwork/frame-diff';
import type { FrameImport } from './use-sample';

const SHOWN = 20;

interface Props {
  state: FrameImport;
  lang: Lang;
  disabled: boolean;
  /** False until the codes a frame is checked against are read. */
  pickable: boolean;
  onPick(): void;
  onApply(): void;
  onCancel(): void;
}

export function FrameImportPanel({ state, lang, disabled, pickable, onPick, onApply, onCancel }: Props) {
  const { t } = useTranslation('fieldwork');
  const who = (c: FrameCase) => ({ id: c.workplaceId, name: c.name });
  return (
    <section className="fieldwork-import" aria-labelledby="frame-import-title">
      <h2 id="frame-import-title" className="visually-hidden">{t('import.button')}</h2>
      <p className="hint">{t('import.hint')}</p>
      <div role="status" aria-live="polite">
        {state.kind === 'reading' ? <p>{t('import.reading')}</p> : null}
        {state.kind === 'applied' ? <p className="notice success">{t('import.applied', { version: state.version, count: state.count })}</p> : null}
      </div>
      <div role="alert">
        {state.kind === 'open-failed' ? <p className="error">{t('import.openFailed', { message: state.message })}</p> : null}
        {state.kind === 'apply-failed' ? <p className="error">{t('import.applyFailed', { message: state.message })}</p> : null}
        {state.kind === 'refused' ? (
          <div className="fieldwork-refused">
            <p className="error">{t('import.refused', { file: state.file })}</p>
            <ul>
              {state.problems.map((p, i) => (
                <li key={i}>{p.message[lang]}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
      {state.kind === 'preview' ? (
        <div className="fieldwork-preview" role="region" aria-labelledby="frame-preview-title">
          <h3 id="frame-preview-title">{t('import.previewTitle', { file: state.file })}</h3>
          {state.basedOn === 0 ? (
            <p>{t('import.previewFirst', { count: state.parsed.cases.length })}</p>
          ) : (
            <>
              <p>{t('import.previewCounts', { added: state.diff.added.length, removed: state.diff.removed.length, changed: state.diff.changed.length, unchanged: state.diff.unchanged })}</p>
              <ChangeList diff={state.diff} who={who} />
            </>
          )}
          <div className="fieldwork-actions">
            <button type="button" className="primary" onClick={onApply} disabled={disabled}>
              {t('import.apply', { version: state.basedOn + 1 })}
            </button>
            <button type="button" onClick={onCancel}>{t('import.cancel')}</button>
          </div>
        </div>
      ) : (
        <button type="button" onClick={onPick} disabled={disabled || !pickable || state.kind === 'reading'}>
          {t('import.button')}
        </button>
      )}
    </section>
  );
}

function ChangeList({ diff, who }: { diff: FrameDiff; who: (c: FrameCase) => { id: string; name: string } }) {
  const { t } = useTranslation('fieldwork');
  const lines = [
    ...diff.added.map((c) => t('import.added', who(c))),
    ...diff.removed.map((c) => t('import.removed', who(c))),
    ...diff.changed.map((c) => t('import.changed', { ...who(c.after), fields: c.fields.map((f) => t(`field.${f}`)).join(', ') })),
  ];
  if (lines.length === 0) return <p>{t('import.previewNothing')}</p>;
  return (
    <ul className="fieldwork-changes">
      {lines.slice(0, SHOWN).map((line, i) => (
        <li key={i}>{line}</li>
      ))}
      {lines.length > SHOWN ? <li>{t('import.more', { count: lines.length - SHOWN })}</li> : null}
    </ul>
  );
}
