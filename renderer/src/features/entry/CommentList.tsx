/** Comments as a list: who wrote each (name, initials, role), when, whether it was a rejection, and the text. */
import { formatDateTime } from '../../ui/format';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../core/questionnaire/model';
import type { CommentRecord } from '../../db/records';
import './comments.css';

interface Props {
  id?: string;
  comments: readonly CommentRecord[];
  lang: Lang;
  /** Put before each comment's text, e.g. the question it is about. */
  prefix?: (c: CommentRecord) => string | null;
}

export function CommentList({ id, comments, lang, prefix }: Props) {
  const { t } = useTranslation('entry', { lng: lang });
  const { t: tp } = useTranslation('profile', { lng: lang });
  return (
    <ul id={id} className="comment-list">
      {comments.map((c) => {
        const about = prefix?.(c);
        return (
          <li key={c.id} className={c.kind === 'rejection' ? 'comment rejection' : 'comment'}>
            <span className="comment-meta">
              {t('comments.by', {
                kind: t(c.kind === 'rejection' ? 'comments.rejection' : 'comments.comment'),
                name: c.authorName,
                initials: c.authorInitials,
                role: tp(`roles.${c.authorRole}`).toLocaleLowerCase(lang === 'da' ? 'da-DK' : 'en-GB'),
                when: formatDateTime(c.at, lang),
              })}
            </span>
            {about ? <span className="comment-about">{about}</span> : null}
            <span className="comment-text">{c.text}</span>
          </li>
        );
      })}
    </ul>
  );
}
