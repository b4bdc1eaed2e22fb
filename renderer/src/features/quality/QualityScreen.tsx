/**
 * The data-quality report (coordinators and auditors): REDCap-style rules over every response,
 * findings grouped by rule, each opening its response; exportable as a sheet.
 */
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services-context';
import { ScreenFrame } from '../../ui/ScreenFrame';
import { errorText } from '../../ui/error-text';
import { exportQualityReport, type QualityExportOutcome } from './export-quality';
import { FindingGroups } from './FindingGroups';
import { useQuality } from './use-quality';


interface Props {
  /** Opens a response (at the question, where the entry screen can). */
  onOpen(responseId: string, variable: string): void;
}

function exportText(t: TFunction<'quality'>, outcome: QualityExportOutcome | 'working' | null): string {
  if (outcome === null) return '';
  if (outcome === 'working') return t('export.working');
  if (outcome.kind === 'cancelled') return t('export.cancelled');
  if (outcome.kind === 'failed') return t('export.failed', { message: outcome.message });
  const done = t('export.done', { n: outcome.findings, file: outcome.fileName });
  return outcome.notRecorded ? `${done} ${t('export.notRecorded', { message: outcome.notRecorded })}` : done;
}

function QualityReport({ onOpen }: Props) {
  const services = useServices();
  const { questionnaire, questionnaires, lang } = services;
  const { t } = useTranslation('quality');
  const { state, rerun } = useQuality();
  const [outcome, setOutcome] = useState<QualityExportOutcome | 'working' | null>(null);
  if (state.kind === 'running') return <p role="status">{t('running')}</p>;
  if (state.kind === 'failed') return <p role="alert">{t('failed', { message: errorText(state.error, lang) })}</p>;
  const { findings, responses } = state;

  async function runExport() {
    setOutcome('working');
    setOutcome(await exportQualityReport(findings, services));
  }

  return (
    <>
      <p role="status">{findings.length === 0 ? t('none', { responses }) : t('summary', { count: findings.length, n: findings.length, responses })}</p>
      <div className="button-row">
        <button type="button" onClick={rerun}>
          {t('rerun')}
        </button>
        <button type="button" onClick={() => void runExport()} disabled={outcome === 'working'}>
          {t('export.button')}
        </button>
      </div>
      <p role="status" className={outcome !== null && outcome !== 'working' && outcome.kind === 'failed' ? 'notice failure' : 'status-line'}>
        {exportText(t, outcome)}
      </p>
      <FindingGroups findings={findings} questionnaire={questionnaire} held={questionnaires.catalog} lang={lang} onOpen={onOpen} />
    </>
  );
}

/** Coordinators and auditors: the route guard asks the roles table (`view-quality`). */
export function QualityScreen({ onOpen }: Props) {
  const { t } = useTranslation('quality');
  return (
    <ScreenFrame title={t('title')} width="text" className="quality-screen">
      <p>{t('intro')}</p>
      <QualityReport onOpen={onOpen} />
    </ScreenFrame>
  );
}
