/**
 * Keyer statistics as CSPro reports them: per profile (every mode) and per keying session: mode,
 * operator, start, elapsed and pause time, responses, keystrokes per hour, errors per 1,000
 * keystrokes, and the % of verified fields with keyer / verifier errors. Counts and times only.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TableScroll } from '../../ui/TableScroll';
import { useServices } from '../../app/services-context';
import type { KeyingStatistics } from '../../core/verification/keyer-statistics';
import type { KeyerStatisticsReport } from '../../db/verification-repository';
import { errorText } from '../../ui/error-text';
import { formatCount, formatDateTime } from '../../ui/format';
import { ScreenFrame } from '../../ui/ScreenFrame';
import type { Lang } from '../../core/questionnaire/model';
import './verification.css';

/** h.mm.ss (da) · h:mm:ss (en). */
export function formatClock(ms: number, lang: Lang): string {
  const s = Math.round(Math.max(0, ms) / 1000);
  const sep = lang === 'da' ? '.' : ':';
  const two = (n: number) => String(n).padStart(2, '0');
  return `${Math.floor(s / 3600)}${sep}${two(Math.floor(s / 60) % 60)}${sep}${two(s % 60)}`;
}

/** A figure to one decimal; blank when its denominator was zero. */
export function formatFigure(n: number | null, lang: Lang): string {
  return n === null ? '' : new Intl.NumberFormat(lang === 'da' ? 'da-DK' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n);
}

export function KeyerStatisticsScreen() {
  const { verification: repo, lang } = useServices();
  const { t } = useTranslation('verification', { lng: lang });
  const [report, setReport] = useState<KeyerStatisticsReport | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  useEffect(() => {
    let live = true;
    repo.statistics().then(
      (r) => live && setReport(r),
      (e: unknown) => live && setFailure(e),
    );
    return () => {
      live = false;
    };
  }, [repo]);

  return (
    <ScreenFrame title={t('statistics.title')}>
      <p className="verification-intro">{t('statistics.intro')}</p>
      {failure ? <p role="alert">{t('statistics.loadFailed', { message: errorText(failure, lang) })}</p> : null}
      {report && report.sessions.length === 0 ? <p>{t('statistics.empty')}</p> : null}
      {report && report.sessions.length > 0 ? (
        <>
          <StatisticsTable caption={t('statistics.operators')} rows={report.operators} />
          <StatisticsTable caption={t('statistics.sessions')} rows={report.sessions} />
        </>
      ) : null}
    </ScreenFrame>
  );
}

function StatisticsTable({ caption, rows }: { caption: string; rows: readonly KeyingStatistics[] }) {
  const { lang } = useServices();
  const { t } = useTranslation('verification', { lng: lang });
  return (
    <TableScroll label={caption}>
      <table className="data-table keyer-statistics">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('statistics.mode')}</th>
            <th scope="col">{t('statistics.operator')}</th>
            <th scope="col">{t('statistics.start')}</th>
            <th scope="col" className="num">{t('statistics.elapsed')}</th>
            <th scope="col" className="num">{t('statistics.pause')}</th>
            <th scope="col" className="num">{t('statistics.responses')}</th>
            <th scope="col" className="num">{t('statistics.keystrokes')}</th>
            <th scope="col" className="num">{t('statistics.perHour')}</th>
            <th scope="col" className="num">{t('statistics.per1000')}</th>
            <th scope="col" className="num">{t('statistics.keyerPct')}</th>
            <th scope="col" className="num">{t('statistics.verifierPct')}</th>
            <th scope="col" className="num">{t('statistics.totalPct')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((s, i) => (
            <tr key={`${s.operatorId}-${s.start}-${i}`}>
              <td>{t(`statistics.modes.${s.mode}`)}</td>
              <th scope="row">{s.operatorName}</th>
              <td>{formatDateTime(new Date(s.start), lang)}</td>
              <td className="num">{formatClock(s.elapsedMs, lang)}</td>
              <td className="num">{formatClock(s.pauseMs, lang)}</td>
              <td className="num">{formatCount(s.responses, lang)}</td>
              <td className="num">{formatCount(s.keystrokes, lang)}</td>
              <td className="num">{formatFigure(s.keystrokesPerHour, lang)}</td>
              <td className="num">{formatFigure(s.errorsPer1000, lang)}</td>
              <td className="num">{formatFigure(s.keyerErrorPct, lang)}</td>
              <td className="num">{formatFigure(s.verifierErrorPct, lang)}</td>
              <td className="num">{formatFigure(s.totalErrorPct, lang)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
