/**
 * The side-by-side view of one conflict: a column per version (who, when, deleted or not), a radio
 * group per differing field, the fields the versions agree on, an optional reason, and Resolve.
 */
import { formatDateTime } from '../../ui/format';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang, Questionnaire } from '../../core/questionnaire/model';
import type { ChosenContent } from '../../core/revisions';
import { answerLabel } from './answer-label';
import { fieldId, sideAnswer, type ConflictRows, type ConflictSide, type FieldKey } from './conflict-rows';
import { FieldChoice } from './FieldChoice';
import { chosenContent, initialChoices, type Choices } from './resolution-choice';

interface Props {
  responseKey: string;
  rows: ConflictRows;
  questionnaire: Questionnaire;
  lang: Lang;
  /** Resolves; a message the user can act on when refused. */
  onResolve(chosen: ChosenContent, reason: string): Promise<string | null>;
  onBack(): void;
}

export function ConflictResolver({ responseKey, rows, questionnaire, lang, onResolve, onBack }: Props) {
  const { t } = useTranslation('conflicts');
  const [choices, setChoices] = useState<Choices>(() => initialChoices(rows));
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const when = (iso: string) => formatDateTime(iso, lang);

  const legendOf = (field: FieldKey): string =>
    field.kind === 'answer' ? (questionnaire.byName.get(field.name)?.label[lang] ?? field.name) : field.kind === 'status' ? t('statusField') : t('deletedField');
  const valueOf = (field: FieldKey, side: ConflictSide): string | null => {
    if (field.kind === 'status') return t(`status.${side.status}`);
    if (field.kind === 'deleted') return side.deletedAt ? t('deletedValue', { time: when(side.deletedAt) }) : t('keptValue');
    return answerLabel(questionnaire.byName.get(field.name), sideAnswer(side, field.name), lang);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem('');
    const refused = await onResolve(chosenContent(rows, choices), reason);
    setBusy(false);
    if (refused) setProblem(t('failed', { message: refused }));
  };

  const headingId = 'conflict-resolver-title';
  return (
    <form className="conflict-resolver" aria-labelledby={headingId} onSubmit={(e) => void submit(e)}>
      <h2 id={headingId}>{t('resolverTitle', { key: responseKey })}</h2>
      <ol className="conflict-side-heads">
        {rows.sides.map((side, i) => (
          <li key={side.rev}>
            {t('sideBy', { n: i + 1, name: side.updatedByName, time: when(side.updatedAt) })}
            {side.deletedAt ? ` (${t('sideDeleted')})` : ''}
          </li>
        ))}
      </ol>
      {rows.differing.some((f) => f.kind === 'deleted') ? <p role="note">{t('deletedVsEdited')}</p> : null}
      {rows.differing.map((field) => {
        const id = fieldId(field);
        return (
          <FieldChoice
            key={id}
            id={id}
            legend={legendOf(field)}
            values={rows.sides.map((side) => valueOf(field, side))}
            chosen={choices[id] ?? 0}
            onChoose={(side) => setChoices((c) => ({ ...c, [id]: side }))}
          />
        );
      })}
      {rows.agreeing.length > 0 ? (
        <details className="conflict-agreeing">
          <summary>{t('agreeing', { count: rows.agreeing.length })}</summary>
          <dl>
            {rows.agreeing.map((name) => (
              <div key={name}>
                <dt>{questionnaire.byName.get(name)?.label[lang] ?? name}</dt>
                <dd>{answerLabel(questionnaire.byName.get(name), rows.sides[0] && sideAnswer(rows.sides[0], name), lang) ?? t('notAnswered')}</dd>
              </div>
            ))}
          </dl>
        </details>
      ) : null}
      <label className="conflict-reason">
        {t('reason')}
        <textarea value={reason} maxLength={2000} onChange={(e) => setReason(e.target.value)} />
      </label>
      {problem ? <p role="alert">{problem}</p> : null}
      <p className="conflict-actions">
        <button type="submit" className="primary" disabled={busy}>{busy ? t('resolving') : t('resolve')}</button>
        <button type="button" onClick={onBack}>{t('back')}</button>
      </p>
    </form>
  );
}
