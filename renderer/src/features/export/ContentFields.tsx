/**
 * "Content": the format (the Excel workbook, or the files for statistics packages); for the workbook
 * codes, labels or both; the language of the labels; the audit sheet (coordinators and auditors);
 * free text without −99 (both formats).
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportContent } from '../../core/export/about-sheet';
import type { Lang } from '../../core/questionnaire/model';
import type { ExportChoice } from './export-responses';

interface Props {
  choice: ExportChoice;
  onChange(next: ExportChoice): void;
  /** False when the person may not export the audit log: the checkbox is then disabled, with a note. */
  auditAvailable: boolean;
}

const CONTENTS: { value: ExportContent; key: 'contentBoth' | 'contentCodes' | 'contentLabels' }[] = [
  { value: 'both', key: 'contentBoth' },
  { value: 'codes', key: 'contentCodes' },
  { value: 'labels', key: 'contentLabels' },
];

export function ContentFields({ choice, onChange, auditAvailable }: Props) {
  const { t } = useTranslation('export');
  const { t: common } = useTranslation('common');
  const name = useId();
  const formatName = useId();
  const auditNote = useId();
  const statistics = choice.format === 'statistics';
  return (
    <fieldset className="export-fields">
      <legend>{t('contentLegend')}</legend>
      <div role="radiogroup" aria-label={t('formatLegend')} className="export-radios">
        {(['workbook', 'statistics'] as const).map((format) => (
          <label key={format}>
            <input
              type="radio"
              name={formatName}
              value={format}
              checked={(choice.format ?? 'workbook') === format}
              onChange={() => onChange({ ...choice, format })}
            />
            {format === 'workbook' ? t('formatWorkbook') : t('formatStatistics')}
          </label>
        ))}
      </div>
      <div role="radiogroup" aria-label={t('contentLegend')} className="export-radios" hidden={statistics}>
        {CONTENTS.map((c) => (
          <label key={c.value}>
            <input
              type="radio"
              name={name}
              value={c.value}
              checked={choice.content === c.value}
              onChange={() => onChange({ ...choice, content: c.value })}
            />
            {t(c.key)}
          </label>
        ))}
      </div>
      <label>
        {t('labelLanguage')}
        <select
          value={choice.labelLanguage}
          disabled={!statistics && choice.content === 'codes'}
          onChange={(e) => onChange({ ...choice, labelLanguage: e.target.value as Lang })}
        >
          <option value="da">{common('danish')}</option>
          <option value="en">{common('english')}</option>
        </select>
      </label>
      <label>
        <input
          type="checkbox"
          checked={auditAvailable && !statistics && choice.includeAudit}
          disabled={!auditAvailable || statistics}
          aria-describedby={auditAvailable ? undefined : auditNote}
          onChange={(e) => onChange({ ...choice, includeAudit: e.target.checked })}
        />
        {t('includeAudit')}
      </label>
      <label>
        <input type="checkbox" checked={choice.plainText === true} onChange={(e) => onChange({ ...choice, plainText: e.target.checked })} />
        {t('plainText')}
      </label>
      {!auditAvailable && (
        <p id={auditNote} className="export-note">
          {t('auditUnavailable')}
        </p>
      )}
      <p className="export-note">{statistics ? t('statisticsIncluded') : t('alwaysIncluded')}</p>
    </fieldset>
  );
}
