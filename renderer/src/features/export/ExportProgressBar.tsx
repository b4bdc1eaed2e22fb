/** The running export: a progress bar (role progressbar, aria-valuenow in percent) and its phase in words. */
import { useTranslation } from 'react-i18next';
import type { ExportPhase, ExportProgress } from '../../core/export/workbook-export';

/** Each phase's share of the bar: reading and writing dominate a large export. */
const SPAN: Record<ExportPhase, [number, number]> = {
  reading: [0, 0.35],
  preparing: [0.35, 0.4],
  writing: [0.4, 0.95],
  finishing: [0.95, 1],
};

/** The whole export's progress, 0..100. */
export function overallPercent(p: ExportProgress): number {
  const [from, to] = SPAN[p.phase];
  return Math.round((from + (to - from) * Math.min(1, Math.max(0, p.fraction))) * 100);
}

export function ExportProgressBar({ progress }: { progress: ExportProgress }) {
  const { t } = useTranslation('export');
  const percent = overallPercent(progress);
  const phase = t(`phase_${progress.phase}`);
  return (
    <div className="export-progress">
      <div
        role="progressbar"
        aria-label={t('progressLabel')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={`${phase} ${percent} %`}
        className="export-progress-track"
      >
        <div className="export-progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <span aria-hidden="true">
        {phase} {percent} %
      </span>
    </div>
  );
}
