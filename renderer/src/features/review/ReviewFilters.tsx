/** The queue's filter: status, surveyor, government level, area and a date range; each a labelled control. */
import { DateInput } from '../../ui/DateInput';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { RESPONSE_STATUSES } from '../../core/permissions/roles';
import type { Lang } from '../../core/questionnaire/model';
import type { StratumCode } from '../../core/weights/population';
import { VERIFICATION_MATCHES } from '../../db/review-filter';
import { EMPTY_REVIEW_VIEW, isBackwardRange, type ReviewView } from './review-view';

interface Props {
  view: ReviewView;
  onChange(view: ReviewView): void;
  surveyors: readonly { id: string; name: string }[];
  /** The options of the editions held, each once (`listVocabulary`). */
  levels: readonly StratumCode[];
  areas: readonly StratumCode[];
  lang: Lang;
}

export function ReviewFilters({ view, onChange, surveyors, levels, areas, lang }: Props) {
  const { t } = useTranslation('review');
  const { t: tr } = useTranslation('responses');
  const id = useId();
  const set = (patch: Partial<ReviewView>) => onChange({ ...view, ...patch });

  const select = (key: 'status' | 'surveyorId' | 'level' | 'area' | 'verification', label: string, any: string, options: readonly { value: string; label: string }[]) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <select id={`${id}-${key}`} value={view[key]} onChange={(e) => set({ [key]: e.target.value })}>
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>{o.label}</option>
        ))}
      </select>
    </div>
  );
  const date = (key: 'from' | 'to', label: string) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <DateInput
        id={`${id}-${key}`}
        lang={lang}
        value={view[key]}
        className="date-input"
        aria-invalid={isBackwardRange(view) ? true : undefined}
        aria-describedby={isBackwardRange(view) ? `${id}-range` : undefined}
        onChange={(iso) => set({ [key]: iso })}
      />
    </div>
  );

  return (
    <fieldset className="review-filters">
      <legend>{t('filters')}</legend>
      {select('status', t('status'), t('statusAny'), RESPONSE_STATUSES.map((s) => ({ value: s, label: tr(`status.${s}`) })))}
      {select('surveyorId', t('surveyor'), t('surveyorAny'), surveyors.map((s) => ({ value: s.id, label: s.name })))}
      {select('level', t('level'), t('levelAny'), levels.map((c) => ({ value: c.code, label: c.label[lang] })))}
      {select('area', t('area'), t('areaAny'), areas.map((c) => ({ value: c.code, label: c.label[lang] })))}
      {select('verification', t('verification'), t('verificationAny'), VERIFICATION_MATCHES.map((v) => ({ value: v, label: tr(`verification.${v}`) })))}
      {date('from', t('from'))}
      {date('to', t('to'))}
      <button type="button" onClick={() => onChange({ ...EMPTY_REVIEW_VIEW, status: '' })}>{t('clear')}</button>
      {isBackwardRange(view) ? <p id={`${id}-range`} className="error">{t('badRange')}</p> : null}
    </fieldset>
  );
}
