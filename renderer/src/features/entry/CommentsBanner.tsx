/**
 * At the top of the entry screen: the response's comments (a rejection's comment among them), and
 * the comments on single questions as links to those questions (each is also shown beside its question).
 */
import { useTranslation } from 'react-i18next';
import type { Lang, Questionnaire } from '../../core/questionnaire/model';
import type { CommentRecord, ResponseStatus } from '../../db/records';
import { CommentList } from './CommentList';

interface Props {
  comments: readonly CommentRecord[];
  questionnaire: Questionnaire;
  status?: ResponseStatus | undefined;
  lang: Lang;
  onJump(variable: string): void;
}

export function CommentsBanner({ comments, questionnaire, status, lang, onJump }: Props) {
  const { t } = useTranslation('entry', { lng: lang });
  if (comments.length === 0 && status !== 'rejected') return null;
  const general = comments.filter((c) => c.field === null);
  const onQuestions = comments.filter((c) => c.field !== null);
  const wording = (field: string) => {
    const v = questionnaire.byName.get(field);
    return v ? (v.row?.label ?? v.label)[lang] : field;
  };
  return (
    <section className="entry-comments" aria-labelledby="entry-comments-title">
      <h2 id="entry-comments-title">{t('comments.title')}</h2>
      {status === 'rejected' ? <p className="entry-rejected"><strong>{t('comments.rejected')}</strong></p> : null}
      {general.length > 0 ? <CommentList comments={general} lang={lang} /> : null}
      {onQuestions.length > 0 ? (
        <>
          <p>{t('comments.questionCount', { count: onQuestions.length })}</p>
          <ul className="comment-links">
            {onQuestions.map((c) => (
              <li key={c.id}>
                <button type="button" className="link" onClick={() => onJump(c.field ?? '')}>
                  {t('comments.onQuestion', { question: wording(c.field ?? '') })}: {c.text}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
