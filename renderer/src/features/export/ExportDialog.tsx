/**
 * The export dialog: which responses (with the count before exporting), what content, then Export
 * with a progress bar and Cancel, and the result. A modal of our own (role dialog, labelled, focus
 * on the first field, Tab kept inside, Escape closes when no export runs, focus returned on close),
 * since jsdom has no HTMLDialogElement.showModal and the behaviour must be testable.
 */
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { countSelection, surveyorsOf } from '../../core/export/selection';
import type { Lang, Questionnaire } from '../../core/questionnaire/model';
import { stratumVocabulary } from '../../core/weights/population';
import { editionVocabulary } from '../../core/weights/edition-strata';
import { exportEditions } from './export-services';
import { ContentFields } from './ContentFields';
import { exportMessage } from './export-message';
import type { ExportChoice } from './export-responses';
import { ExportProgressBar } from './ExportProgressBar';
import { SelectionFields } from './SelectionFields';
import type { ResponseExporter } from './use-response-export';
import { useSelectionFacts } from './use-selection-facts';
import { ModalLayer } from '../../ui/ModalLayer';
import './export-dialog.css';

interface Props {
  exporter: ResponseExporter;
  questionnaire: Questionnaire;
  lang: Lang;
}

const noPages = async function* () {};

const FOCUSABLE = 'button, input, select, textarea, [tabindex]:not([tabindex="-1"])';

export function ExportDialog({ exporter, questionnaire, lang }: Props) {
  const { t } = useTranslation('export');
  const titleId = useId();
  const dialogRef = useRef<HTMLDivElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const [choice, setChoice] = useState<ExportChoice>({
    selection: { status: 'completed', dateField: 'created' },
    content: 'both',
    labelLanguage: lang,
    includeAudit: false,
  });
  const [started, setStarted] = useState(false);
  const facts = useSelectionFacts(exporter.services?.selectionFacts ?? noPages);
  // Across editions the lists hold every edition's levels and areas, in the newest's codes and words
  // (a renamed option once, under its new name), as the facts counted and the export's Data columns are.
  const held = exporter.services?.heldEditions;
  const vocabulary = useMemo(() => {
    const set = exportEditions(questionnaire, held?.() ?? []);
    return set.editions.length > 1 ? editionVocabulary(set) : stratumVocabulary(questionnaire);
  }, [questionnaire, held]);
  const surveyors = useMemo(() => (facts.kind === 'ready' ? surveyorsOf(facts.facts) : []), [facts]);
  const count = facts.kind === 'ready' ? countSelection(facts.facts, choice.selection) : null;
  const { busy, progress, outcome } = exporter;
  const number = new Intl.NumberFormat(lang === 'da' ? 'da-DK' : 'en-GB');

  useEffect(() => {
    const returnTo = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialogRef.current?.querySelector<HTMLElement>(FOCUSABLE)?.focus();
    return () => returnTo?.focus();
  }, []);

  // The Export button (and the fields) go away while exporting: keep focus on the way to stop it.
  useEffect(() => {
    if (busy) cancelRef.current?.focus();
  }, [busy]);

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      if (!busy) exporter.close(); // while exporting, Cancel is an explicit button
      return;
    }
    if (e.key !== 'Tab') return;
    const items = Array.from(dialogRef.current?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? []).filter((el) => !el.hasAttribute('disabled'));
    const first = items[0];
    const last = items[items.length - 1];
    if (!first || !last) return;
    if (e.shiftKey && document.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && document.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  }

  const result = started && outcome !== null && outcome !== 'working' ? exportMessage(outcome, lang) : null;
  const resultText = result?.lines.map((line) => t(line.key, line.values ?? {})).join(' ') ?? '';
  const countText =
    facts.kind === 'loading'
      ? t('counting')
      : facts.kind === 'failed'
        ? t('countFailed', { message: facts.message })
        : count === 0
          ? t('nothingSelected')
          : t('count', { count: count ?? 0, n: number.format(count ?? 0) });

  return (
    <ModalLayer>
      <div ref={dialogRef} className="modal export-dialog" role="dialog" aria-modal="true" aria-labelledby={titleId} onKeyDown={onKeyDown}>
        <h2 id={titleId}>{t('dialogTitle')}</h2>
        <fieldset className="export-choices" disabled={busy}>
          <SelectionFields
            selection={choice.selection}
            onChange={(selection) => setChoice({ ...choice, selection })}
            surveyors={surveyors}
            vocabulary={vocabulary}
            lang={lang}
          />
          <p className="export-count" role="status">
            {countText}
          </p>
          <ContentFields choice={choice} onChange={setChoice} auditAvailable={exporter.services?.auditAllowed === true} />
        </fieldset>
        {busy && progress && <ExportProgressBar progress={progress} />}
        <p className={`export-result${result?.tone === 'error' ? ' error' : ''}`} role="status" data-tone={result?.tone}>
          {resultText}
        </p>
        <div className="modal-actions">
          {busy ? (
            <button ref={cancelRef} type="button" onClick={exporter.cancel}>
              {t('cancel')}
            </button>
          ) : (
            <>
              <button type="button" onClick={exporter.close}>
                {t('close')}
              </button>
              <button
                type="button"
                className="primary"
                disabled={!count}
                onClick={() => {
                  setStarted(true);
                  void exporter.start(choice);
                }}
              >
                {t('export')}
              </button>
            </>
          )}
        </div>
      </div>
    </ModalLayer>
  );
}
