/**
 * On a draft keyed in another edition than the one new responses use: moving it to that edition,
 * explicitly (the surveyor their own drafts, a coordinator any). First a preview of what happens to
 * each answer (kept, mapped to a renamed option, dropped because the question or its options are
 * gone); only "Flyt kladden" writes, as one audited change. Dropped answers stay in the history.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services-context';
import type { AnswerValue, Lang, Questionnaire } from '../../core/questionnaire/model';
import { can } from '../../core/permissions/permissions';
import type { DraftMovePreview } from '../../db/draft-move';
import type { ResponseRecord } from '../../db/records';
import { errorText } from '../../ui/error-text';
import { TableScroll } from '../../ui/TableScroll';

interface Props {
  record: ResponseRecord;
  /** The edition the response is keyed in. */
  questionnaire: Questionnaire;
  readOnly: boolean;
  onMoved(record: ResponseRecord): void;
}

/** An answer as the surveyor reads it: option texts with their codes, numbers and texts as they are. */
function shown(q: Questionnaire, field: string, value: AnswerValue | undefined, lang: Lang): string {
  if (value === undefined) return '';
  const choices = q.byName.get(field)?.choices;
  const one = (code: string) => {
    const label = choices?.find((c) => c.code === code)?.label[lang];
    return label === undefined ? code : `${label} (${code})`;
  };
  if (Array.isArray(value)) return value.map(one).join(', ');
  return typeof value === 'string' && choices ? one(value) : String(value);
}

export function EditionMovePanel({ record, questionnaire, readOnly, onMoved }: Props) {
  const { t } = useTranslation('entry');
  const services = useServices();
  const { questionnaires, profile, lang } = services;
  const [target, setTarget] = useState<Questionnaire | null>(null);
  const [preview, setPreview] = useState<DraftMovePreview | null>(null);
  const [problem, setProblem] = useState('');
  const may = !readOnly && record.status === 'draft' && can(profile.role, 'move-draft', { own: record.createdById === profile.id, status: record.status }).allowed;

  useEffect(() => {
    let live = true;
    void questionnaires.forNewResponses(services.questionnaire).then(
      (q) => live && setTarget(q),
      () => live && setTarget(null),
    );
    return () => {
      live = false;
    };
  }, [questionnaires, services.questionnaire]);

  if (!may || !target || (target.id === record.questionnaireId && target.version === record.questionnaireVersion)) return null;

  async function open(to: Questionnaire) {
    setProblem('');
    try {
      setPreview(await questionnaires.drafts.preview(record.id, to.id, to.version));
    } catch (e) {
      setProblem(errorText(e, lang));
    }
  }

  async function move(to: Questionnaire, seen: DraftMovePreview) {
    setProblem('');
    try {
      const next = await questionnaires.drafts.move(profile, record.id, to.id, to.version, seen.revision);
      setPreview(null);
      onMoved(next);
    } catch (e) {
      setProblem(errorText(e, lang));
    }
  }

  const wording = (field: string) => {
    const v = questionnaire.byName.get(field);
    return v ? (v.kind === 'grid-row' && v.question ? `${v.question.label[lang]} – ${v.label[lang]}` : v.label[lang]) : field;
  };
  const what = (to: Questionnaire, m: DraftMovePreview['plan']['moves'][number]) =>
    m.outcome === 'dropped'
      ? t(`move.dropped.${m.reason ?? 'question-gone'}`)
      : m.outcome === 'mapped'
        ? t('move.mapped', { to: shown(to, m.field, m.to, lang) }) + (m.lost ? ` ${t('move.lost', { codes: m.lost.join(', ') })}` : '')
        : t('move.kept');

  return (
    <section className="edition-move" aria-label={t('move.region')}>
      <p>
        {t('move.intro', { from: record.questionnaireVersion, to: target.version })}{' '}
        {preview === null ? (
          <button type="button" onClick={() => void open(target)}>
            {t('move.open', { version: target.version })}
          </button>
        ) : null}
      </p>
      {preview ? (
        <div className="edition-move-preview">
          <p>{t('move.summary', { kept: preview.plan.counts.kept, mapped: preview.plan.counts.mapped, dropped: preview.plan.counts.dropped })}</p>
          <TableScroll label={t('move.table', { version: target.version })}>
            <table className="data-table">
              <caption>{t('move.table', { version: target.version })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('move.question')}</th>
                  <th scope="col">{t('move.answer')}</th>
                  <th scope="col">{t('move.outcome')}</th>
                </tr>
              </thead>
              <tbody>
                {preview.plan.moves.map((m) => (
                  <tr key={m.field}>
                    <th scope="row">
                      {wording(m.field)} <span className="muted">({m.field})</span>
                    </th>
                    <td>{shown(questionnaire, m.field, m.from, lang)}</td>
                    <td>{what(target, m)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
          {preview.plan.counts.dropped > 0 ? <p className="hint">{t('move.history')}</p> : null}
          <div className="button-row">
            <button type="button" className="primary" onClick={() => void move(target, preview)}>
              {t('move.confirm')}
            </button>
            <button type="button" onClick={() => setPreview(null)}>
              {t('move.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      <p role="alert" className="error">{problem}</p>
    </section>
  );
}
