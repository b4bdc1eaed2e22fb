import { useCallback, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { refusingProblems } from '../../core/engine/answer-refusal';
import { evaluateResponse, normaliseAnswer } from '../../core/engine/evaluate-response';
import type { Answers, AnswerValue, Lang, LocalText, Questionnaire } from '../../core/questionnaire/model';
import type { CommentRecord, ResponseStatus } from '../../db/records';
import { ProgressBar } from '../../ui/ProgressBar';
import { SaveIndicator } from '../../ui/SaveIndicator';
import './entry.css';
import './keying.css';
import { AfterCompletePanel, afterCompleteFocus, type AfterCompleteChoice } from './AfterCompletePanel';
import { CommentsBanner } from './CommentsBanner';
import { CompletionPanel, PROBLEMS_HEADING_ID } from './CompletionPanel';
import { CorrectionBanner, CorrectionStart } from './CorrectionBanner';
import { keyAction } from '../../core/keying/keymap';
import { countKeystroke, NO_KEYSTROKES, type KeystrokeTally } from '../../core/keying/keystroke-tally';
import { advanceFrom, END_ATTR, focusFirstStop, focusStop, retreatFrom, STOP_ATTR } from './keyboard-navigation';
import { listedProblems, summarySave } from './problem-list';
import { QuestionField, type Refusal } from './QuestionField';
import { BANNER_ID, ReadOnlyBanner } from './ReadOnlyBanner';
import { SectionNav } from './SectionNav';
import { askedSections, buildLayout, isAsked, questionAsked, stepAsked } from './section-layout';
import { useCommitTracker } from './use-commit-tracker';
import { useReportUnsaved } from '../../ui/unsaved-work';
import { useCompletion } from './use-completion';

export interface EntryFormProps {
  questionnaire: Questionnaire;
  /** The stored answers (skipped questions' answers may be among them; they are never shown). */
  answers: Answers;
  /** When the response was created (ISO): `today()` in its conditions is that Copenhagen day. */
  createdAt?: string | undefined;
  /** Language of the wording and the UI strings. */
  lang: Lang;
  /** Completed, or the store is read-only: nothing can be changed. */
  readOnly: boolean;
  status?: ResponseStatus;
  /** Set when the whole store is read-only (shown in the banner instead of Reopen). */
  readOnlyReason?: string | null;
  /** Why the active role cannot change this response (shown in the read-only banner). */
  roleReason?: string | null;
  /** The response's comments, oldest first: the response's at the top, each question's beside it. */
  comments?: readonly CommentRecord[];
  /** Saves one answer (undefined clears it). Resolve when stored; reject with the reason when not. */
  onCommit(field: string, value: AnswerValue | undefined): Promise<void>;
  /** Called by "Mark as completed" once nothing blocks it. */
  onComplete?: () => Promise<void>;
  onReopen?: () => Promise<void>;
  /** Focus the first question on opening (or the read-only banner). */
  autoFocus?: boolean;
  /** Open on this question's (variable's) section, with the focus on it where it can take it. */
  initialField?: string;
  /** Offered where the role may correct with a reason: `reason` is set while a correction is under way. */
  correction?: Correction;
  /** Move on by itself when a code is complete or a number field is full (the profile's setting; default off here). */
  autoAdvance?: boolean;
  /** Offers the auto-advance switch beside the key help; absent: no switch. */
  onAutoAdvanceChange?: (on: boolean) => void;
  /** After completing here: start the next response or go back to the list (Enter does the remembered one). */
  afterComplete?: AfterCompleteChoice;
  /** Each keystroke in the form, counted for the keyer statistics (counts and times only, never keys or text). */
  onKeystrokes?: (tally: KeystrokeTally) => void;
  /** Esc: leave the form (back to where it was opened from). What was typed is saved on the way out. */
  onLeave?: () => void;
  /** Answers filled in from the sample frame and locked here (a coordinator changes them in a correction). */
  lockedFields?: ReadonlySet<string>;
  /**
   * Verification on the fly: asked for every value the field would store; a message refuses it and
   * asks for the value again (the field empties, the cursor stays). Absent: every valid value is stored.
   */
  verifyGate?: (field: string, value: AnswerValue | undefined) => LocalText | null;
  /** The completion button's words when completing means something else (ending a second keying). */
  completeLabel?: string;
}

export interface Correction {
  reason: string | null;
  onStart(reason: string): void;
  onEnd(): void;
}

function focusElement(id: string): boolean {
  const element = document.getElementById(id);
  element?.focus();
  return element !== null;
}

type FocusTarget = { kind: 'first' } | { kind: 'end' } | { kind: 'variable'; name: string } | { kind: 'element'; id: string };

/** The surveyor's form: one section at a time, only asked questions, keyboard first. Store-free. */
export function EntryForm(props: EntryFormProps) {
  const { questionnaire: q, lang, readOnly } = props;
  const { t } = useTranslation('entry', { lng: lang });
  const tracker = useCommitTracker(props.answers, props.onCommit);
  useReportUnsaved([...tracker.saves.values()].filter((save) => save.state === 'error').length);
  const { createdAt } = props;
  const evaluation = useMemo(() => evaluateResponse(q, tracker.effective, { createdAt }), [q, tracker.effective, createdAt]);
  const layout = useMemo(() => buildLayout(q.def), [q]);
  const asked = askedSections(q.def, evaluation);
  const [index, setIndex] = useState(() => {
    const at = props.initialField === undefined ? undefined : layout.sectionOf.get(props.initialField);
    return at ?? Math.max(0, asked.indexOf(true));
  });
  const [touched, setTouched] = useState<ReadonlySet<string>>(() => new Set());
  const [focus, setFocus] = useState<{ target: FocusTarget } | null>(() => {
    if (props.initialField !== undefined && layout.sectionOf.has(props.initialField)) return { target: { kind: 'variable', name: props.initialField } };
    return props.autoFocus ? { target: readOnly ? { kind: 'element', id: BANNER_ID } : { kind: 'first' } } : null;
  });
  // Starting or ending a correction (or completing, reopening) changes what can be done: the focus
  // goes to the first question when the form opens, to the banner when it closes.
  const [shownReadOnly, setShownReadOnly] = useState(readOnly);
  // Completed here, with a next step offered: the focus goes to it (Enter does the remembered choice).
  const [justCompleted, setJustCompleted] = useState(false);
  if (shownReadOnly !== readOnly) {
    setShownReadOnly(readOnly);
    if (!readOnly) setJustCompleted(false);
    const after = readOnly && justCompleted && props.afterComplete ? afterCompleteFocus(props.afterComplete) : null;
    setFocus({ target: after ? { kind: 'element', id: after } : readOnly ? { kind: 'element', id: BANNER_ID } : { kind: 'first' } });
  }
  const [announcement, setAnnouncement] = useState('');
  const rootRef = useRef<HTMLDivElement>(null);
  const tally = useRef<KeystrokeTally>(NO_KEYSTROKES);
  const sections = q.def.sections;
  const section = sections[index] ?? sections[0];
  const previous = stepAsked(asked, index, -1);
  const next = stepAsked(asked, index, 1);

  useLayoutEffect(() => {
    const root = rootRef.current;
    if (!focus || !root) return;
    const target = focus.target;
    const end = () => root.querySelector<HTMLElement>(`[${END_ATTR}]:not([disabled])`)?.focus();
    if (target.kind === 'first') {
      if (!focusFirstStop(root)) end();
    } else if (target.kind === 'end') end();
    // A question that cannot take the focus (not asked, or a read-only choice): the banner, else the first question.
    else if (target.kind === 'variable') {
      if (!focusStop(root, target.name) && !focusElement(BANNER_ID)) focusFirstStop(root);
    }
    else focusElement(target.id);
  }, [focus]);

  const goTo = (i: number, target: FocusTarget = { kind: 'first' }) => {
    const to = sections[i];
    if (!to) return;
    if (i !== index) setAnnouncement(t('sections.changed', { index: i + 1, count: sections.length, title: to.title[lang] }));
    setIndex(i);
    setFocus({ target });
  };

  const { commit, current } = tracker;
  const [refusals, setRefusals] = useState<ReadonlyMap<string, Refusal>>(() => new Map());
  const rekeys = useRef(0);
  // Fields waiting to be keyed again (a verification mismatch): Enter does not move on from them.
  const awaitingRekey = useRef(new Set<string>());
  const { verifyGate } = props;
  // The gate in front of the store: a value the field cannot hold is not committed; the stored one stays.
  const commitVariable = useCallback(
    (field: string, raw: AnswerValue | undefined): boolean => {
      const variable = q.byName.get(field);
      const value = variable ? normaliseAnswer(variable, raw) : raw;
      const refusing = refusingProblems(q, current(), field, value, { createdAt });
      const mismatch = refusing.length === 0 && verifyGate ? verifyGate(field, value) : null;
      const refusal: Refusal | null =
        refusing.length > 0
          ? { problems: refusing }
          : mismatch
            ? { problems: [{ variable: field, code: 'verify-mismatch', message: mismatch, blocking: true }], rekey: ++rekeys.current }
            : null;
      if (mismatch) awaitingRekey.current.add(field);
      else awaitingRekey.current.delete(field);
      setRefusals((old) => {
        if (refusal === null && !old.has(field)) return old;
        const next = new Map(old);
        if (refusal === null) next.delete(field);
        else next.set(field, refusal);
        return next;
      });
      if (refusal) return false;
      commit(field, value);
      return true;
    },
    [q, commit, current, verifyGate, createdAt],
  );
  const advance = useCallback((from: Element) => {
    const variable = from.closest(`[${STOP_ATTR}]`)?.getAttribute(STOP_ATTR);
    if (variable && awaitingRekey.current.has(variable)) return;
    if (rootRef.current) advanceFrom(rootRef.current, from);
  }, []);
  const retreat = useCallback((from: Element) => {
    if (rootRef.current) retreatFrom(rootRef.current, from);
  }, []);

  const completion = useCompletion({
    questionnaire: q,
    createdAt,
    lang,
    settle: tracker.settle,
    current: tracker.current,
    failedFields: tracker.failedFields,
    onComplete: props.onComplete,
    onReopen: props.onReopen,
    onAfter: (outcome) => {
      const after = outcome === 'completed' ? props.afterComplete : undefined;
      setJustCompleted(after !== undefined);
      setFocus({
        target:
          outcome === 'problems'
            ? { kind: 'element', id: PROBLEMS_HEADING_ID }
            : after
              ? { kind: 'element', id: afterCompleteFocus(after) }
              : outcome === 'completed'
                ? { kind: 'element', id: BANNER_ID }
                : { kind: 'first' },
      });
    },
  });

  const jump = (variable: string) => goTo(layout.sectionOf.get(variable) ?? index, { kind: 'variable', name: variable });
  const comments = props.comments ?? [];
  const commentsOf = (variable: string) => comments.filter((c) => c.field === variable);
  const problemsOf = (variable: string) =>
    (evaluation.problemsByVariable.get(variable) ?? []).filter(
      (p) => p.code !== 'required' || completion.attempted || touched.has(variable),
    );

  // A question (or grid row) counts as left when the focus goes outside it.
  const onBlur = (e: FocusEvent<HTMLDivElement>) => {
    const stop = (e.target as Element).closest(`[${STOP_ATTR}]`);
    const variable = stop?.getAttribute(STOP_ATTR);
    if (!stop || !variable || (e.relatedTarget instanceof Node && stop.contains(e.relatedTarget))) return;
    setTouched((s) => (s.has(variable) ? s : new Set(s).add(variable)));
  };

  const onKeyDownCapture = (e: KeyboardEvent<HTMLDivElement>) => {
    if (!props.onKeystrokes) return;
    tally.current = countKeystroke(tally.current, e, Date.now());
    props.onKeystrokes(tally.current);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.defaultPrevented) return;
    const target = e.target as Element;
    const action = keyAction(e, target instanceof HTMLTextAreaElement ? 'longtext' : 'other');
    if (action.kind === 'leave') {
      // Esc in the correction's reason (a form of its own) cancels that, not the whole visit.
      if (!props.onLeave || target.closest('form')) return;
      e.preventDefault();
      props.onLeave();
      return;
    }
    if (action.kind !== 'next-section' && action.kind !== 'previous-section') return;
    e.preventDefault();
    const forward = action.kind === 'next-section';
    const to = stepAsked(asked, index, forward ? 1 : -1);
    if (to >= 0) goTo(to);
    else if (forward) setFocus({ target: { kind: 'end' } });
  };

  const global = summarySave(t, tracker.saves);
  const listed = completion.attempted ? listedProblems(t, lang, q.def, layout, evaluation, tracker.saves) : null;
  const { percent, ...counts } = { ...evaluation.progress, percent: Math.round(evaluation.progress.ratio * 100) };

  return (
    <div className="entry" ref={rootRef} lang={lang} onKeyDownCapture={onKeyDownCapture} onKeyDown={onKeyDown} onBlur={onBlur}>
      {justCompleted && readOnly && props.afterComplete ? <AfterCompletePanel choice={props.afterComplete} lang={lang} /> : null}
      {readOnly && (
        <ReadOnlyBanner
          lang={lang}
          storeReason={props.readOnlyReason}
          roleReason={props.roleReason}
          status={props.status}
          onReopen={props.status === 'completed' && props.onReopen ? () => void completion.reopen() : undefined}
          busy={completion.busy !== null}
          error={completion.reopenError}
        >
          {props.correction && !props.readOnlyReason ? <CorrectionStart lang={lang} onStart={props.correction.onStart} /> : null}
        </ReadOnlyBanner>
      )}
      {!readOnly && props.correction?.reason ? (
        <CorrectionBanner
          lang={lang}
          reason={props.correction.reason}
          onEnd={props.correction.onEnd}
          onReopen={props.status !== 'draft' && props.onReopen ? () => void completion.reopen() : undefined}
          busy={completion.busy !== null}
          error={completion.reopenError}
        />
      ) : null}
      <CommentsBanner comments={comments} questionnaire={q} status={props.status} lang={lang} onJump={jump} />
      <div className="entry-status">
        <ProgressBar label={t('progress.label')} ratio={counts.ratio} text={t('progress.text', { ...counts, percent })} />
        <SaveIndicator state={global.state} text={global.text} announce="all" />
      </div>
      <SectionNav sections={sections} progress={sections.map((s) => evaluation.sections.find((p) => p.sectionId === s.id))} current={index} lang={lang} onSelect={(i) => goTo(i)} />
      <p className="entry-help" id="entry-key-help">
        {t('help')}
      </p>
      {props.onAutoAdvanceChange && !readOnly ? (
        <label className="entry-auto-advance">
          <input type="checkbox" checked={props.autoAdvance ?? false} onChange={(e) => props.onAutoAdvanceChange?.(e.target.checked)} />{' '}
          {t('autoAdvance')}
        </label>
      ) : null}
      {section && (
        <section className="entry-section" aria-labelledby="entry-section-heading">
          <h2 id="entry-section-heading">{section.title[lang]}</h2>
          <p className="entry-section-position">{t('sections.position', { index: index + 1, count: sections.length })}</p>
          {!asked[index] && <p>{t('sections.nothingAsked')}</p>}
          {section.questions
            .filter((qd) => questionAsked(evaluation, qd))
            .map((qd) => (
              <QuestionField
                key={qd.name}
                question={qd}
                choices={q.def.choiceLists[qd.choices ?? ''] ?? []}
                answers={tracker.effective}
                lang={lang}
                readOnly={readOnly || qd.readOnly === true || props.lockedFields?.has(qd.name) === true}
                {...(qd.readOnly === true
                  ? { lockedNote: t('field.fromQuestionnaire') }
                  : props.lockedFields?.has(qd.name)
                    ? { lockedNote: t('field.fromSample') }
                    : {})}
                isAsked={(v) => isAsked(evaluation, v)}
                problemsOf={problemsOf}
                refusalOf={(v) => refusals.get(v)}
                saves={tracker.saves}
                commentsOf={commentsOf}
                onCommit={commitVariable}
                onAdvance={advance}
                onRetreat={retreat}
                autoAdvance={props.autoAdvance ?? false}
                commitOnPause={verifyGate === undefined}
              />
            ))}
          {/* Next first: Tab from the last question reaches it at once (and the screen shows that order). */}
          <div className="entry-section-actions">
            <button type="button" className="primary" onClick={() => goTo(next)} disabled={next < 0} {...(next >= 0 ? { [END_ATTR]: '' } : {})}>
              {t('sections.next')}
              <span aria-hidden="true"> →</span>
            </button>
            <button type="button" onClick={() => goTo(previous)} disabled={previous < 0}>
              <span aria-hidden="true">← </span>
              {t('sections.previous')}
            </button>
          </div>
        </section>
      )}
      {!readOnly && props.onComplete && (
        <CompletionPanel
          lang={lang}
          problems={listed?.problems ?? []}
          unsaved={listed?.unsaved ?? false}
          busy={completion.busy === 'complete'}
          error={completion.completeError}
          isEnd={next < 0}
          {...(props.completeLabel !== undefined ? { label: props.completeLabel } : {})}
          onComplete={() => void completion.complete()}
          onJump={jump}
        />
      )}
      <div className="visually-hidden" role="status">
        {announcement}
      </div>
    </div>
  );
}
