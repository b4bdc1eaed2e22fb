/**
 * The zod schema of a questionnaire definition file. Every object is strict: an unknown key (often a
 * misspelt one, such as `relevent`) is refused rather than silently ignored.
 */
import { z } from 'zod';
import { t, type LocalText } from '../local-text';
import type { QuestionnaireDef } from './model';

/**
 * Variable names become export columns (SPSS, Stata, Excel) and `${…}` references, so they start
 * with a letter and hold only letters, digits and underscores.
 */
export const VARIABLE_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * Names an object already has, or that reach its prototype: answers are plain objects keyed by
 * variable name, so `answers.constructor` must never be read as an answer (or written as one).
 */
export const RESERVED_VARIABLE_NAMES: readonly string[] = ['constructor', 'prototype', '__proto__'];

const QUESTION_TYPES = ['text', 'longtext', 'integer', 'decimal', 'year', 'date', 'single', 'multi', 'grid'] as const;
const DERIVED_TYPES = ['integer', 'decimal', 'text'] as const;

/** The schema's own messages in both languages; zod carries the English, `schema-issues.ts` finds the Danish. */
export const SCHEMA_MESSAGES = {
  empty: t('må ikke være tom', 'must not be empty'),
  name: t('skal begynde med et bogstav og kun have bogstaver, tal og _', 'must start with a letter and hold only letters, digits and _'),
  reserved: t('er et reserveret ord (constructor, prototype, __proto__): vælg et andet navn', 'is a reserved word (constructor, prototype, __proto__): choose another name'),
  emptyExpression: t('må ikke være tom (udelad i stedet feltet)', 'must not be empty (leave the key out instead)'),
  noQuestions: t('et afsnit skal have mindst ét spørgsmål', 'a section needs at least one question'),
  noSections: t('et spørgeskema skal have mindst ét afsnit', 'a questionnaire needs at least one section'),
} as const satisfies Record<string, LocalText>;

const nonEmpty = z.string().min(1, SCHEMA_MESSAGES.empty.en);
const localText = z.strictObject({ da: nonEmpty, en: nonEmpty });
const variableName = z
  .string()
  .regex(VARIABLE_NAME, SCHEMA_MESSAGES.name.en)
  .refine((name) => !RESERVED_VARIABLE_NAMES.includes(name), SCHEMA_MESSAGES.reserved.en);
const expression = z.string().min(1, SCHEMA_MESSAGES.emptyExpression.en);

const choiceSchema = z.strictObject({
  code: nonEmpty,
  label: localText,
  exclusive: z.boolean().optional(),
  dontKnow: z.boolean().optional(),
  previousCode: nonEmpty.optional(),
});

const gridRowSchema = z.strictObject({ name: variableName, label: localText });

const questionSchema = z.strictObject({
  name: variableName,
  type: z.enum(QUESTION_TYPES),
  label: localText,
  hint: localText.optional(),
  required: z.boolean().optional(),
  relevant: expression.optional(),
  choices: nonEmpty.optional(),
  rows: z.array(gridRowSchema).optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  pattern: nonEmpty.optional(),
  patternMessage: localText.optional(),
  maxSelected: z.number().int().min(1).optional(),
  minSelected: z.number().int().min(1).optional(),
  constraint: expression.optional(),
  constraintMessage: localText.optional(),
  constraintWarning: z.boolean().optional(),
  default: z.union([z.string(), z.number(), z.array(z.string())]).optional(),
  readOnly: z.boolean().optional(),
  appearance: z.enum(['minimal', 'horizontal']).optional(),
});

const sectionSchema = z.strictObject({
  id: nonEmpty,
  title: localText,
  relevant: expression.optional(),
  questions: z.array(questionSchema).min(1, SCHEMA_MESSAGES.noQuestions.en),
});

const derivedSchema = z.strictObject({
  name: variableName,
  label: localText,
  type: z.enum(DERIVED_TYPES),
  calculation: expression,
  relevant: expression.optional(),
  choices: nonEmpty.optional(),
  description: localText.optional(),
});

/** A questionnaire definition (`QuestionnaireDef`) as read from JSON. */
export const questionnaireDefSchema = z.strictObject({
  id: nonEmpty,
  version: nonEmpty,
  previousVersion: nonEmpty.optional(),
  title: localText,
  sections: z.array(sectionSchema).min(1, SCHEMA_MESSAGES.noSections.en),
  choiceLists: z.record(z.string(), z.array(choiceSchema)),
  derived: z.array(derivedSchema),
});

type Assert<T extends true> = T;
type Parsed = z.output<typeof questionnaireDefSchema>;
/** Fails to compile when the schema and the `QuestionnaireDef` model type drift apart (either way). */
export type DefinitionSchemaMatchesModel = Assert<
  [Parsed, QuestionnaireDef] extends [QuestionnaireDef, Parsed] ? true : false
>;
