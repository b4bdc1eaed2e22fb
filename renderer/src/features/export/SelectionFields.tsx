/** "Which responses": status, date range, surveyor, government level, area, verification — and the live count. */
import { DateInput } from '../../ui/DateInput';
import { useTranslation } from 'react-i18next';
import { VERIFICATION_FILTERS, type DateField, type ExportSelection, type StatusFilter } from '../../core/export/selection';
import type { Lang } from '../../core/questionnaire/model';
import type { StratumVocabulary } from '../../core/weights/population';

interface Props {
  selection: ExportSelection;
  onChange(next: ExportSelection): void;
  surveyors: readonly string[];
  vocabulary: StratumVocabulary;
  lang: Lang;
}

/** The selection with `key` set, or removed when `value` is empty. */
function withField<K extends keyof ExportSelection>(s: ExportSelection, key: K, value: string): ExportSelection {
  const next = { ...s };
  if (value === '') delete next[key];
  else (next as Record<string, unknown>)[key] = value;
  return next;
}

export function SelectionFields({ selection, onChange, surveyors, vocabulary, lang }: Props) {
  const { t } = useTranslation('export');
  const set = (key: keyof ExportSelection) => (e: { target: { value: string } }) => onChange(withField(selection, key, e.target.value));
  return (
    <fieldset className="export-fields">
      <legend>{t('responsesLegend')}</legend>
      <label>
        {t('status')}
        <select value={selection.status} onChange={(e) => onChange({ ...selection, status: e.target.value as StatusFilter })}>
          <option value="all">{t('statusAll')}</option>
          <option value="completed">{t('statusCompleted')}</option>
          <option value="approved">{t('statusApproved')}</option>
        </select>
      </label>
      <label>
        {t('dateField')}
        <select value={selection.dateField} onChange={(e) => onChange({ ...selection, dateField: e.target.value as DateField })}>
          <option value="created">{t('dateCreated')}</option>
          <option value="updated">{t('dateUpdated')}</option>
        </select>
      </label>
      <label>
        {t('dateFrom')}
        <DateInput className="date-input" lang={lang} value={selection.dateFrom ?? ''} onChange={(iso) => set('dateFrom')({ target: { value: iso } })} />
      </label>
      <label>
        {t('dateTo')}
        <DateInput className="date-input" lang={lang} value={selection.dateTo ?? ''} onChange={(iso) => set('dateTo')({ target: { value: iso } })} />
      </label>
      <label>
        {t('surveyor')}
        <select value={selection.surveyor ?? ''} onChange={set('surveyor')}>
          <option value="">{t('anySurveyor')}</option>
          {surveyors.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('sectorLevel')}
        <select value={selection.sectorLevel ?? ''} onChange={set('sectorLevel')}>
          <option value="">{t('anyLevel')}</option>
          {vocabulary.sector_level.map((c) => (
            <option key={c.code} value={c.code}>
              {c.label[lang]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('policyArea')}
        <select value={selection.policyArea ?? ''} onChange={set('policyArea')}>
          <option value="">{t('anyArea')}</option>
          {vocabulary.policy_area.map((c) => (
            <option key={c.code} value={c.code}>
              {c.label[lang]}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('verification')}
        <select value={selection.verification ?? ''} onChange={set('verification')}>
          <option value="">{t('anyVerification')}</option>
          {VERIFICATION_FILTERS.map((v) => (
            <option key={v} value={v}>
              {t(`verification_${v}`)}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
