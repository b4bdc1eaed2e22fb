/**
 * After an import: how many workplaces it brought a second response for (the same workplace id or
 * case as a response already here, or two in the packages), with the way to the side-by-side view.
 */
import { useTranslation } from 'react-i18next';
import type { DuplicateGroup } from '../../core/fieldwork/duplicate-groups';

export function NewDuplicatesNotice({ groups, onOpen }: { groups: readonly DuplicateGroup[]; onOpen?(): void }) {
  const { t } = useTranslation('exchange');
  if (groups.length === 0) return <p className="muted">{t('noNewDuplicates')}</p>;
  const ids = groups.flatMap((g) => g.workplaceIds.slice(0, 1));
  return (
    <div role="status" className="notice warning">
      <p>
        {t('newDuplicates', { count: groups.length })} {t('newDuplicatesIds', { ids: ids.slice(0, 5).join(', ') + (ids.length > 5 ? ' …' : '') })}
      </p>
      {onOpen ? (
        <button type="button" onClick={onOpen}>
          {t('openDuplicates')}
        </button>
      ) : null}
    </div>
  );
}
