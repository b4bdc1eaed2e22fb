/**
 * The review queue (auditors; coordinators read it): filter, count, open a response to approve or
 * reject it, and approve exactly the filtered set after a confirmation that states the count.
 */
import { useMemo, useState } from 'react';
import { acrossHeldEditions, listVocabulary } from '../../analysis/held-editions';
import { useTranslation } from 'react-i18next';
import { useServices } from '../../app/services-context';
import { can } from '../../core/permissions/permissions';
import { refusalText } from '../../ui/refusal-text';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ReviewFilters } from './ReviewFilters';
import { ReviewTable } from './ReviewTable';
import type { ReviewView } from './review-view';
import { useReviewQueue } from './use-review-queue';
import { ScreenFrame } from '../../ui/ScreenFrame';
import './review.css';

interface Props {
  initialView: ReviewView;
  onViewChange(view: ReviewView): void;
  onOpen(id: string): void;
}

export function ReviewScreen({ initialView, onViewChange, onOpen }: Props) {
  const { t, i18n } = useTranslation('review');
  const { t: tc } = useTranslation('common');
  const { profile, questionnaire, questionnaires, lang, readOnlyReason } = useServices();
  const [view, setView] = useState(initialView);
  // Across editions the lists hold each edition's levels and areas once, in the newest's words, and a
  // choice selects every edition's responses through the renames (as the export dialog's lists do).
  const editions = useMemo(() => acrossHeldEditions(questionnaire, questionnaires.catalog.all()), [questionnaire, questionnaires]);
  const vocabulary = useMemo(() => listVocabulary(questionnaire, editions), [questionnaire, editions]);
  const { load, rows, surveyors, bulkApprove } = useReviewQueue(view, editions);
  const [confirming, setConfirming] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const mayApprove = can(profile.role, 'approve', { status: 'completed' }).allowed && readOnlyReason === null;
  const levels = vocabulary.sector_level;
  const areas = vocabulary.policy_area;

  const change = (next: ReviewView) => {
    setView(next);
    setOutcome(null);
    onViewChange(next);
  };

  const approveAll = () => {
    setConfirming(false);
    bulkApprove().then(
      (count) => setOutcome({ ok: true, text: t('bulk.done', { count }) }),
      (e: unknown) => setOutcome({ ok: false, text: t('bulk.failed', { message: refusalText(e, i18n.language) }) }),
    );
  };

  return (
    <ScreenFrame title={t('title')} className="review-screen">
      <p>{mayApprove ? t('intro') : t('readOnlyIntro')}</p>
      <ReviewFilters view={view} onChange={change} surveyors={surveyors} levels={levels} areas={areas} lang={lang} />
      <div className="review-summary">
        <p role="status">{load.kind === 'ready' ? t('count', { count: rows.length }) : ''}</p>
        {mayApprove && rows.length > 0 ? (
          <button type="button" className="primary" onClick={() => setConfirming(true)}>
            {t('bulk.button', { count: rows.length })}
          </button>
        ) : null}
      </div>
      <p role="status">{outcome?.ok ? outcome.text : ''}</p>
      <p role="alert" className="error">{outcome && !outcome.ok ? outcome.text : ''}</p>
      {load.kind === 'loading' ? <p role="status">{t('loading')}</p> : null}
      {load.kind === 'failed' ? <p role="alert" className="error">{t('loadFailed', { message: refusalText(load.error, i18n.language) })}</p> : null}
      {load.kind === 'ready' && rows.length === 0 ? <p>{t('empty')}</p> : null}
      {rows.length > 0 ? <ReviewTable rows={rows} levels={levels} areas={areas} editions={editions} lang={lang} onOpen={onOpen} /> : null}
      {confirming ? (
        <ConfirmDialog
          title={t('bulk.title', { count: rows.length })}
          body={t('bulk.body', { count: rows.length })}
          confirmLabel={t('bulk.confirm')}
          cancelLabel={tc('cancel')}
          onConfirm={approveAll}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
    </ScreenFrame>
  );
}
