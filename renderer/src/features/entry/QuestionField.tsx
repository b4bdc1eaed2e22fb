import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../core/engine/evaluation';
import type { Answers, AnswerValue, ChoiceDef, Lang, QuestionDef } from '../../core/questionnaire/model';
import { answerOf } from '../../db/answer-change';
import { formatNumber, selectedCodes } from './answer-text';
import type { CommentRecord } from '../../db/records';
import { CommentList } from './CommentList';
import { FieldFeedback, IDLE, commentsId, describedByFor } from './FieldFeedback';
import type { FieldProps } from './fields/field-props';
import { DateField } from './fields/DateField';
import { GridField } from './fields/GridField';
import { LongTextField } from './fields/LongTextField';
import { MultiChoiceField } from './fields/MultiChoiceField';
import { NumberField } from './fields/NumberField';
import { SingleChoiceField } from './fields/SingleChoiceField';
import { TextField } from './fields/TextField';
import { STOP_ATTR } from './keyboard-navigation';
import type { FieldSave } from './use-commit-tracker';

export interface QuestionFieldProps {
  question: QuestionDef;
  choices: readonly ChoiceDef[];
  /** The answers as shown (stored answers with the latest commits laid over them). */
  answers: Answers;
  lang: Lang;
  readOnly: boolean;
  /** Grid rows: whether the row is asked. */
  isAsked(variable: string): boolean;
  /** The problems to show now for a variable (required ones only once it was left or completion tried). */
  problemsOf(variable: string): readonly Problem[];
  saves: ReadonlyMap<string, FieldSave>;
  /** Comments on a variable (a question or grid row), oldest first. */
  commentsOf?: (variable: string) => readonly CommentRecord[];
  /** False when the field refuses the value (see `refusalOf`). */
  onCommit(variable: string, value: AnswerValue | undefined): boolean;
  /** Why the last value typed into a field was not stored, if it was refused. */
  refusalOf?: (variable: string) => Refusal | undefined;
  onAdvance(from: Element): void;
  onRetreat(from: Element): void;
  autoAdvance: boolean;
  /** Why the field is locked (its answer comes from the sample frame): shown as its hint. */
  lockedNote?: string;
  /** Off while verifying on the fly: text and number fields commit on Enter or on leaving only. */
  commitOnPause?: boolean;
}

export const questionId = (variable: string) => `q-${variable}`;

/** A value the field did not take, and why: shown beside it with the answer that stays stored. */
export interface Refusal {
  problems: readonly Problem[];
  /** Set when the field must be keyed again (a verification mismatch): changes with every mismatch. */
  rekey?: number;
}

/** One asked question: its control, its hint, its problems and its save state. */
export function QuestionField(p: QuestionFieldProps) {
  const { question: q, lang } = p;
  const { t } = useTranslation('entry', { lng: lang });
  if (q.type === 'grid') return <GridQuestion {...p} />;
  const id = questionId(q.name);
  const refusal = p.refusalOf?.(q.name);
  const problems = refusal ? refusal.problems : p.problemsOf(q.name);
  const save = p.saves.get(q.name) ?? IDLE;
  const hint = p.lockedNote ? [q.hint?.[lang], p.lockedNote].filter(Boolean).join(' ') : q.hint?.[lang];
  const comments = p.commentsOf?.(q.name) ?? [];
  const field: FieldProps = {
    id,
    name: q.name,
    label: q.label[lang],
    hint,
    describedBy: describedByFor(id, { hint: !!hint, required: !!q.required, problems: problems.length > 0, saveFailed: save.state === 'error', comments: comments.length > 0 }),
    required: !!q.required,
    requiredNote: t('field.required'),
    invalid: problems.length > 0,
    readOnly: p.readOnly,
    lang,
    value: answerOf(p.answers, q.name),
    choices: p.choices,
    onCommit: (value) => p.onCommit(q.name, value),
    onAdvance: p.onAdvance,
    onRetreat: p.onRetreat,
    autoAdvance: p.autoAdvance,
    rekey: refusal?.rekey,
    commitOnPause: p.commitOnPause,
    appearance: q.appearance,
  };
  return (
    <div className={`question q-type-${q.type}`} {...{ [STOP_ATTR]: q.name }}>
      {control(q, field, t)}
      {comments.length > 0 ? <CommentList id={commentsId(id)} comments={comments} lang={lang} /> : null}
      <FieldFeedback id={id} problems={problems} save={save} lang={lang} {...(refusal ? { kept: keptText(t, q, p.answers, p.choices, lang) } : {})} />
    </div>
  );
}

/** The stored answer a refused value left in place, in words. */
function keptText(t: TFunction<'entry'>, q: QuestionDef, answers: Answers, choices: readonly ChoiceDef[], lang: Lang): string {
  const value = answerOf(answers, q.name);
  if (value === undefined) return t('refused.keptNone');
  if (q.type === 'multi') return t('refused.keptChoices', { count: selectedCodes(value).length });
  const label = choices.find((c) => c.code === value)?.label[lang];
  return t('refused.kept', { value: label ?? (typeof value === 'number' ? formatNumber(value, lang) : String(value)) });
}

function control(q: QuestionDef, field: FieldProps, t: TFunction<'entry'>) {
  switch (q.type) {
    case 'text':
      return <TextField {...field} />;
    case 'longtext':
      return <LongTextField {...field} />;
    case 'integer':
    case 'decimal':
    case 'year':
      return <NumberField {...field} rules={{ kind: q.type, min: q.min, max: q.max }} />;
    case 'date':
      return <DateField {...field} formatNote={t('field.dateFormat')} />;
    case 'single':
      return <SingleChoiceField {...field} placeholder={t('field.choose')} />;
    case 'multi': {
      const count = selectedCodes(field.value).length;
      return (
        <MultiChoiceField
          {...field}
          maxSelected={q.maxSelected}
          exclusiveNote={t('field.exclusive')}
          countNote={t('field.maxSelected', { max: q.maxSelected ?? 0, count })}
        />
      );
    }
    default:
      return null;
  }
}

function GridQuestion(p: QuestionFieldProps) {
  const { question: q, lang } = p;
  const rows = (q.rows ?? [])
    .filter((row) => p.isAsked(row.name))
    .map((row) => {
      const id = questionId(row.name);
      const refusal = p.refusalOf?.(row.name);
      const problems = refusal ? refusal.problems : p.problemsOf(row.name);
      const save = p.saves.get(row.name) ?? IDLE;
      const comments = p.commentsOf?.(row.name) ?? [];
      return {
        row,
        value: answerOf(p.answers, row.name),
        describedBy: describedByFor(id, { hint: false, required: false, problems: problems.length > 0, saveFailed: save.state === 'error', comments: comments.length > 0 }),
        invalid: problems.length > 0,
        feedback: (
          <>
            {comments.length > 0 ? <CommentList id={commentsId(id)} comments={comments} lang={lang} /> : null}
            <FieldFeedback id={id} problems={problems} save={save} lang={lang} />
          </>
        ),
      };
    });
  return (
    <div className="question q-type-grid">
      <GridField
        id={questionId(q.name)}
        label={q.label[lang]}
        hint={q.hint?.[lang]}
        lang={lang}
        readOnly={p.readOnly}
        choices={p.choices}
        rows={rows}
        onCommit={p.onCommit}
        onAdvance={p.onAdvance}
        onRetreat={p.onRetreat}
        autoAdvance={p.autoAdvance}
      />
    </div>
  );
}
