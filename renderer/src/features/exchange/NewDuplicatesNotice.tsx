/**
 * After an import: how many workplaces it brought a second response for (the same workplace id or
 * case as a response already here, or two in the packages), with the way to the side-by-side view.
 */
import { useTranslation } from 'react-i18next';
import type { DuplicateGroup } from '../../core/fieldwork/duplicate-groups';

/** Workplace ids named before "and n more". */
const MAX_IDS = 5;

export function NewDuplicatesNotice({ groups, onOpen }: { groups: readonly DuplicateGroup[]; onOpen?(): void }) {
  const { t } = useTranslation('exchange');
  if (groups.length === 0) return <p className="muted">{t('noNewDuplicates')}</p>;
  const ids = groups.flatMap((g) => g.workplaceIds.slice(0, 1));
  const shown = ids.slice(0, MAX_IDS).join(', ');
  const named = ids.length > MAX_IDS ? t('newDuplicatesMore', { ids: shown, count: ids.length - MAX_IDS }) : shown;
  return (
    <div role="status" className="notice warning">
      <p>
        {t('newDuplicates', { count: groups.length })} {t('newDuplicatesIds', { ids: named })}
      </p>
      {onOpen ? (
        <button type="button" onClick={onOpen}>
          {t('openDuplicates')}
        </button>
      ) : null}
    </div>
  );
}
