import { useTranslation } from 'react-i18next';
import type { Lang } from '../../core/questionnaire/model';
import { END_ATTR } from './keyboard-navigation';

export const PROBLEMS_HEADING_ID = 'entry-completion-problems';

export interface ListedProblem {
  variable: string;
  /** "Section · Question: message". */
  text: string;
}

export interface CompletionPanelProps {
  lang: Lang;
  /** The blocking problems to list (after a completion attempt); empty = none. */
  problems: readonly ListedProblem[];
  /** Some answers could not be saved: completing now would store something else than is shown. */
  unsaved: boolean;
  busy: boolean;
  error: string | null;
  /** This button is where Enter on the last question of the last section goes. */
  isEnd: boolean;
  onComplete(): void;
  onJump(variable: string): void;
  /** The button's words when it does something else than mark as completed (ending a second keying). */
  label?: string;
}

/** "Mark as completed", and when it cannot be done, every reason as a link to its question. */
export function CompletionPanel(p: CompletionPanelProps) {
  const { t } = useTranslation('entry', { lng: p.lang });
  const showList = p.unsaved || p.problems.length > 0;
  return (
    <div className="entry-completion">
      <button type="button" className="primary" onClick={p.onComplete} disabled={p.busy} {...(p.isEnd ? { [END_ATTR]: '' } : {})}>
        {p.busy ? t('complete.working') : (p.label ?? t('complete.button'))}
      </button>
      {p.error && (
        <p role="alert" className="entry-error">
          {t('complete.failed', { message: p.error })}
        </p>
      )}
      {showList && (
        <div className="entry-problem-list">
          <h3 id={PROBLEMS_HEADING_ID} tabIndex={-1}>
            {p.unsaved ? t('complete.unsaved') : t('complete.problemsTitle', { count: p.problems.length })}
          </h3>
          <ul>
            {p.problems.map((problem, i) => (
              <li key={`${problem.variable}-${i}`}>
                <button type="button" className="link" onClick={() => p.onJump(problem.variable)}>
                  {problem.text}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
