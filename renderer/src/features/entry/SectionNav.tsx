import { useTranslation } from 'react-i18next';
import type { SectionProgress } from '../../core/engine/evaluation';
import type { Lang, SectionDef } from '../../core/questionnaire/model';

export interface SectionNavProps {
  sections: readonly SectionDef[];
  progress: readonly (SectionProgress | undefined)[];
  current: number;
  lang: Lang;
  onSelect(index: number): void;
}

/** The list of sections: the current one marked, those with nothing asked shown as skipped and disabled. */
export function SectionNav({ sections, progress, current, lang, onSelect }: SectionNavProps) {
  const { t } = useTranslation('entry', { lng: lang });
  return (
    <nav className="entry-sections" aria-label={t('sections.navLabel')}>
      <ol>
        {sections.map((section, index) => {
          const p = progress[index];
          const asked = p?.asked ?? false;
          return (
            <li key={section.id}>
              <button
                type="button"
                className="entry-section-link"
                aria-current={index === current ? 'step' : undefined}
                disabled={!asked}
                onClick={() => onSelect(index)}
              >
                <span className="entry-section-title">{section.title[lang]}</span>{' '}
                <span className="entry-section-count">
                  {asked
                    ? t('sections.counts', { answered: p?.answeredCount ?? 0, asked: p?.askedCount ?? 0 })
                    : `(${t('sections.skipped')})`}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
