/** Dansk / English as two toggle buttons; the pressed one is the current language. */
import { useTranslation } from 'react-i18next';
import { LANGS, type Lang } from '../../core/questionnaire/model';

interface Props {
  lang: Lang;
  onChange(lang: Lang): void;
}

const NAME_KEY = { da: 'danish', en: 'english' } as const satisfies Record<Lang, string>;

export function LanguageToggle({ lang, onChange }: Props) {
  const { t } = useTranslation('settings');
  const { t: tc } = useTranslation('common');
  return (
    <div role="group" aria-label={t('shell.languageToggle')} className="language-toggle">
      {LANGS.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={l === lang}
          onClick={() => {
            if (l !== lang) onChange(l);
          }}
        >
          {tc(NAME_KEY[l])}
        </button>
      ))}
    </div>
  );
}
