/**
 * «Stikprøve» (coordinator): import the sample frame (a re-import shows its changes first), the
 * response rates per stratum and surveyor, the progress by day, the cases not attempted and those
 * with two responses, and the cases, filtered and assigned to surveyors in blocks.
 */
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services-context';
import { ratesBy } from '../../core/fieldwork/response-rates';
import { STRATUM_DIMENSIONS, stratumLabel } from '../../core/weights/population';
import { ScreenFrame } from '../../ui/ScreenFrame';
import { formatDateTime } from '../../ui/format';
import { DuplicateCases, NotAttemptedList } from './CaseLists';
import { CaseTable } from './CaseTable';
import { FrameImportPanel } from './FrameImportPanel';
import { ProgressByDay } from './ProgressByDay';
import { RatesTable } from './RatesTable';
import { useSample } from './use-sample';
import './fieldwork.css';

export function SampleScreen() {
  const { t } = useTranslation('fieldwork');
  const { lang, readOnlyReason } = useServices();
  const { vocabulary, ready, data, loadError, frameImport, pickFile, apply, cancel, assign } = useSample();
  const readOnly = readOnlyReason !== null;

  const labels = useMemo(() => {
    const map = new Map<string, string>();
    for (const c of data?.cases ?? []) if (!map.has(c.stratum)) map.set(c.stratum, stratumLabel(c.frame, STRATUM_DIMENSIONS, vocabulary)[lang]);
    return map;
  }, [data, vocabulary, lang]);
  const labelOf = useCallback((key: string) => labels.get(key) ?? key, [labels]);
  const rateCases = useMemo(
    () =>
      (data?.cases ?? []).map((c) => ({
        stratum: c.stratum, surveyor: c.assigneeName, disposition: c.disposition, assigned: c.assigneeId !== '', attempted: c.attempts > 0 || c.responseIds.length > 0,
      })),
    [data],
  );
  const rates = useMemo(() => ratesBy(rateCases, (c) => c.stratum), [rateCases]);
  const bySurveyor = useMemo(() => ratesBy(rateCases, (c) => c.surveyor), [rateCases]);
  const surveyorOf = useCallback((name: string) => name || t('cases.unassigned'), [t]);

  const version = data?.version;
  return (
    <ScreenFrame
      title={t('sample.title')}
      className="fieldwork-screen"
      meta={version ? <span>{t('sample.version', { version: version.version, file: version.fileName, at: formatDateTime(version.importedAt, lang), by: version.importedByName, count: version.cases })}</span> : null}
    >
      <p>{t('sample.intro')}</p>
      {readOnly ? <p className="notice warning">{t('sample.readOnly')}</p> : null}
      {loadError ? <p className="error" role="alert">{t('sample.loadFailed', { message: loadError })}</p> : null}
      <FrameImportPanel state={frameImport} lang={lang} disabled={readOnly} pickable={ready} onPick={() => void pickFile()} onApply={() => void apply()} onCancel={cancel} />
      {data === null ? (
        <p role="status">{t('sample.loading')}</p>
      ) : data.cases.length === 0 ? (
        frameImport.kind === 'preview' ? null : <p className="notice">{t('sample.none')}</p>
      ) : (
        <>
          <DuplicateCases cases={data.cases} labelOf={labelOf} lang={lang} />
          <RatesTable id="rates-stratum" title={t('rates.title')} groupHeader={t('rates.stratum')} rows={rates} labelOf={labelOf} lang={lang} />
          <RatesTable id="rates-surveyor" title={t('rates.bySurveyor')} groupHeader={t('rates.surveyor')} rows={bySurveyor} labelOf={surveyorOf} lang={lang} />
          <ProgressByDay days={data.progress} lang={lang} />
          <NotAttemptedList cases={data.cases} labelOf={labelOf} lang={lang} />
          <CaseTable cases={data.cases} assignees={data.assignees} vocabulary={vocabulary} labelOf={labelOf} lang={lang} readOnly={readOnly} onAssign={assign} />
        </>
      )}
    </ScreenFrame>
  );
}
