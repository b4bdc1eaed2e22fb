import { useTranslation } from 'react-i18next';
import type { Lang } from '../../../core/questionnaire/model';
import type { CodeNotice } from './choice-keys';

/** The digits of a code not yet complete ("Kode 1 …"), or a code no option has: a polite live region. */
export function CodeNoticeText({ notice, lang }: { notice: CodeNotice; lang: Lang }) {
  const { t } = useTranslation('entry', { lng: lang });
  return (
    <p className={notice?.kind === 'invalid' ? 'q-code-notice q-code-invalid' : 'q-code-notice'} aria-live="polite">
      {notice === null ? '' : t(notice.kind === 'pending' ? 'codes.pending' : 'codes.invalid', { typed: notice.typed })}
    </p>
  );
}
