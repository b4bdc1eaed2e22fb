import { useTranslation } from 'react-i18next';
import type { Lang } from '../../core/questionnaire/model';
import type { AfterComplete } from './keying-preferences';

export const AFTER_NEW_ID = 'entry-after-new';
export const AFTER_LIST_ID = 'entry-after-list';

export interface AfterCompleteChoice {
  /** What the surveyor chose last time: that button has the focus, so Enter does it again. */
  preferred: AfterComplete;
  /** Starts the next new response; absent where this screen cannot (then only the list is offered). */
  onNew?: (() => void) | undefined;
  onList(): void;
  /** Remembers the choice for the next time. */
  onChoose(choice: AfterComplete): void;
}

/** The id of the button that gets the focus after completing. */
export function afterCompleteFocus(c: AfterCompleteChoice): string {
  return c.preferred === 'new' && c.onNew ? AFTER_NEW_ID : AFTER_LIST_ID;
}

/** After "Marker som færdig": Enter starts the next new response or goes back to the list, as chosen before. */
export function AfterCompletePanel({ choice, lang }: { choice: AfterCompleteChoice; lang: Lang }) {
  const { t } = useTranslation('entry', { lng: lang });
  const focused = afterCompleteFocus(choice);
  return (
    <div className="entry-after-complete" role="group" aria-label={t('after.label')}>
      <p>{t('after.done')}</p>
      {choice.onNew ? (
        <button
          id={AFTER_NEW_ID}
          type="button"
          className={focused === AFTER_NEW_ID ? 'primary' : undefined}
          onClick={() => {
            choice.onChoose('new');
            choice.onNew?.();
          }}
        >
          {t('after.new')}
        </button>
      ) : null}
      <button
        id={AFTER_LIST_ID}
        type="button"
        className={focused === AFTER_LIST_ID ? 'primary' : undefined}
        onClick={() => {
          if (choice.onNew) choice.onChoose('list');
          choice.onList();
        }}
      >
        {t('after.list')}
      </button>
      <p className="entry-help">{t('after.help')}</p>
    </div>
  );
}
