/**
 * The survey sheet turned into sections, questions and derived variables.
 *
 * - A top-level `begin group` is a section; questions outside any group gather in a section of
 *   their own, titled with the form's title.
 * - Inside a section, a group with the appearance `table-list` whose rows are all `select_one` of
 *   one list is a grid; any other group inside a section is flattened: its condition joins each of
 *   its questions' own.
 * - `calculate` rows are derived variables (with their groups' conditions); `value_type` (the app's
 *   own column) says whether one is a number or text.
 * - `select_one … or_other` adds the option `other` and a text question `<name>_other`, as pyxform does.
 *
 * Every element's place in the file is recorded under its definition path, so an error found later by
 * the questionnaire loader names the sheet, the row and the column.
 */
import { RESERVED_VARIABLE_NAMES, VARIABLE_NAME } from '../questionnaire/definition-schema';
import type { AnswerValue, DerivedDef, GridRowDef, Lang, LocalText, QuestionDef, SectionDef } from '../questionnaire/model';
import { joinConditions, placed, type PlacedExpression } from './expression-pieces';
import { rowType } from './row-types';
import { localText, type SheetRow, type SheetTable } from './sheet-table';
import { t, type CellPlace, type XlsFormProblem } from './xlsform-types';

/** Where each element and expression of the definition was written, by definition path. */
export type Origins = Map<string, { place: CellPlace; expression?: PlacedExpression }>;

export interface BuiltSurvey {
  sections: SectionDef[];
  derived: DerivedDef[];
  /** Derived variables without `value_type`: their type is found by loading (number first, then text). */
  untypedDerived: number[];
  /** or_other lists to create: new list name → the list it copies. */
  otherLists: Map<string, string>;
  origins: Origins;
}

interface Context {
  defaultLang: Lang;
  formTitle: LocalText;
  problems: XlsFormProblem[];
  notices: XlsFormProblem[];
}

/** Columns the survey sheet reads; a filled column of MEDIA_OR_LOGIC is refused, any other filled one ignored with a notice. */
const READ = new Set([
  'type', 'name', 'label', 'hint', 'required', 'required_message', 'relevant', 'constraint', 'constraint_message', 'calculation',
  'default', 'read_only', 'appearance', 'min', 'max', 'pattern', 'pattern_message', 'min_selected', 'max_selected',
  'constraint_warning', 'value_type', 'description', 'choices',
]);
const REFUSED_COLUMNS = new Set(['image', 'audio', 'video', 'big-image', 'media', 'choice_filter', 'repeat_count', 'jr:count', 'trigger', 'parameters']);
const APPEARANCES = new Set(['minimal', 'horizontal', 'horizontal-compact', 'compact', 'likert', 'multiline', 'table-list', 'field-list', 'year', 'quick', 'no-calendar', 'columns', 'columns-pack', 'list-nolabel', 'label']);
const META_NOTICE = t('bruges ikke: appen registrerer selv tidspunkter, computer og bruger i revisionsloggen', 'not used: the app records times, computer and user in the audit log itself');

const TRUE = new Set(['yes', 'true', 'true()', '1', 'ja']);
const FALSE = new Set(['', 'no', 'false', 'false()', '0', 'nej']);

function flag(row: SheetRow, key: string, ctx: Context): boolean {
  const value = row.text(key).toLowerCase();
  if (TRUE.has(value)) return true;
  if (!FALSE.has(value)) {
    ctx.problems.push({ ...row.place(key), message: t(`'${row.text(key)}' skal være yes eller no (betingelser understøttes ikke her)`, `'${row.text(key)}' must be yes or no (conditions are not supported here)`) });
  }
  return false;
}

function numberCell(row: SheetRow, key: string, ctx: Context, integer = false): number | undefined {
  const text = row.text(key);
  if (text === '') return undefined;
  const value = Number(text.replace(',', '.'));
  if (!Number.isFinite(value) || (integer && !Number.isInteger(value))) {
    ctx.problems.push({ ...row.place(key), message: t(`'${text}' er ikke ${integer ? 'et helt tal' : 'et tal'}`, `'${text}' is not ${integer ? 'a whole number' : 'a number'}`) });
    return undefined;
  }
  return value;
}

function expressionCell(row: SheetRow, key: string): PlacedExpression | undefined {
  const text = row.text(key);
  return text === '' ? undefined : placed(text, row.place(key));
}

interface OpenGroup {
  row: SheetRow;
  kind: 'section' | 'grid' | 'flat';
  relevant?: PlacedExpression;
  /** For a grid: its rows so far. */
  grid?: { question: QuestionDef; rows: SheetRow[]; list?: string };
}

export function buildSurvey(table: SheetTable, ctx: Context): BuiltSurvey {
  const sections: SectionDef[] = [];
  const derived: DerivedDef[] = [];
  const untypedDerived: number[] = [];
  const otherLists = new Map<string, string>();
  const origins: Origins = new Map();
  const stack: OpenGroup[] = [];
  const ignoredColumns = new Set<string>();
  let implicit: SectionDef | undefined;

  const refuse = (place: CellPlace, message: LocalText): void => void ctx.problems.push({ ...place, message });
  const currentSection = (): number | undefined => (stack[0]?.kind === 'section' ? sections.length - 1 : implicit ? sections.length - 1 : undefined);
  /** The joined condition of the groups open inside the section (flat groups only), then the row's own. */
  const innerRelevant = (own: PlacedExpression | undefined): PlacedExpression | undefined =>
    joinConditions(
      stack.filter((g) => g.kind === 'flat').reduce<PlacedExpression | undefined>((joined, g) => joinConditions(joined, g.relevant), undefined),
      own,
    );

  const checkColumns = (row: SheetRow): void => {
    for (const column of row.filled((key) => !READ.has(key))) {
      const base = column.key.split('::')[0] ?? column.key;
      if (REFUSED_COLUMNS.has(base)) refuse({ ...row.place(), column: column.header }, t(`kolonnen '${column.header}' understøttes ikke (medier, filtre og gentagelser kan appen ikke vise)`, `the column '${column.header}' is not supported (the app cannot show media, filters or repeats)`));
      else if (!ignoredColumns.has(column.header)) {
        ignoredColumns.add(column.header);
        ctx.notices.push({ ...row.place(), column: column.header, message: t(`kolonnen '${column.header}' bruges ikke`, `the column '${column.header}' is not used`) });
      }
    }
    if (row.filled((key) => key === 'required_message').length > 0) {
      ctx.notices.push({ ...row.place('required_message'), message: t('appens egen besked vises, når et spørgsmål skal besvares', 'the app shows its own message when a question must be answered') });
    }
  };

  /** `default` and `read_only` belong to questions: refused on a group, a grid row or a calculation. */
  const questionsOnly = (row: SheetRow, what: LocalText): void => {
    if (row.text('default') !== '') refuse(row.place('default'), t(`${what.da} kan ikke have et forudfyldt svar (default)`, `${what.en} cannot have a default answer (default)`));
    if (row.text('read_only') !== '' && flag(row, 'read_only', ctx)) refuse(row.place('read_only'), t(`${what.da} kan ikke være skrivebeskyttet (read_only)`, `${what.en} cannot be read-only (read_only)`));
  };

  /** The `default` cell as an answer of the question's type (a fixed value; expressions are refused). */
  const defaultOf = (row: SheetRow, type: QuestionDef['type']): AnswerValue | undefined => {
    const text = row.text('default');
    if (text === '') return undefined;
    if (text.includes('${') || /^[A-Za-z][\w:.-]*\s*\(/.test(text)) {
      return void refuse(row.place('default'), t('et forudfyldt svar skal være en fast værdi: udtryk (dynamiske default) understøttes ikke', 'a default answer must be a fixed value: expressions (dynamic defaults) are not supported'));
    }
    if (type === 'integer' || type === 'year') return numberCell(row, 'default', ctx, true);
    if (type === 'decimal') return numberCell(row, 'default', ctx);
    if (type === 'multi') return text.split(/\s+/).filter(Boolean);
    return text;
  };

  const validName = (row: SheetRow, name: string): boolean => {
    if (VARIABLE_NAME.test(name) && !RESERVED_VARIABLE_NAMES.includes(name)) return true;
    refuse(row.place('name'), t(`navnet '${name}' skal begynde med et bogstav og kun have bogstaver, tal og _`, `the name '${name}' must start with a letter and hold only letters, digits and _`));
    return false;
  };

  const appearanceOf = (row: SheetRow): string[] => {
    const words = row.text('appearance').toLowerCase().split(/\s+/).filter(Boolean);
    for (const word of words) {
      if (!APPEARANCES.has(word) && !/^(w\d+|columns-\d+)$/.test(word)) ctx.notices.push({ ...row.place('appearance'), message: t(`udseendet '${word}' bruges ikke`, `the appearance '${word}' is not used`) });
    }
    return words;
  };

  const openImplicit = (row: SheetRow): void => {
    if (implicit) return;
    implicit = { id: `section_${sections.length + 1}`, title: ctx.formTitle, questions: [] };
    sections.push(implicit);
    origins.set(`sections[${sections.length - 1}]`, { place: row.place() });
  };

  const questionFrom = (row: SheetRow, base: { type: QuestionDef['type']; list?: string }, path: string, relevant: PlacedExpression | undefined): QuestionDef | undefined => {
    const name = row.text('name');
    const label = localText(row, 'label', ctx.defaultLang, ctx.notices);
    if (name === '') return void refuse(row.place('name'), t('spørgsmålet har intet navn', 'the question has no name'));
    if (!label) return void refuse(row.place('label'), t(`spørgsmålet '${name}' har ingen tekst (label)`, `the question '${name}' has no text (label)`));
    if (!validName(row, name)) return undefined;
    origins.set(path, { place: row.place('name') });
    origins.set(`${path}.choices`, { place: row.place('type') });
    const question: QuestionDef = { name, type: base.type, label };
    const hint = localText(row, 'hint', ctx.defaultLang, ctx.notices);
    if (hint) question.hint = hint;
    if (flag(row, 'required', ctx)) question.required = true;
    if (relevant) {
      question.relevant = relevant.text;
      origins.set(`${path}.relevant`, { place: relevant.pieces[relevant.pieces.length - 1]?.place ?? row.place('relevant'), expression: relevant });
    }
    if (base.list) question.choices = base.list;
    const words = row.text('appearance').toLowerCase().split(/\s+/);
    if (base.type === 'single' && words.includes('minimal')) question.appearance = 'minimal';
    else if ((base.type === 'single' || base.type === 'multi') && (words.includes('horizontal') || words.includes('horizontal-compact'))) question.appearance = 'horizontal';
    if (base.type === 'multi' && words.includes('minimal')) {
      ctx.notices.push({ ...row.place('appearance'), message: t('minimal bruges kun til select_one: en multiple choice vises som afkrydsningsfelter', 'minimal is used for select_one only: a multiple choice is shown as tick boxes') });
    }
    const min = numberCell(row, 'min', ctx);
    const max = numberCell(row, 'max', ctx);
    if (min !== undefined) question.min = min;
    if (max !== undefined) question.max = max;
    const pattern = row.text('pattern');
    if (pattern !== '') {
      question.pattern = pattern;
      origins.set(`${path}.pattern`, { place: row.place('pattern') });
    }
    const patternMessage = localText(row, 'pattern_message', ctx.defaultLang, ctx.notices);
    if (patternMessage) question.patternMessage = patternMessage;
    const maxSelected = numberCell(row, 'max_selected', ctx, true);
    const minSelected = numberCell(row, 'min_selected', ctx, true);
    if (maxSelected !== undefined) question.maxSelected = maxSelected;
    if (minSelected !== undefined) question.minSelected = minSelected;
    const constraint = expressionCell(row, 'constraint');
    if (constraint) {
      question.constraint = constraint.text;
      origins.set(`${path}.constraint`, { place: row.place('constraint'), expression: constraint });
    }
    const constraintMessage = localText(row, 'constraint_message', ctx.defaultLang, ctx.notices);
    if (constraintMessage) question.constraintMessage = constraintMessage;
    if (flag(row, 'constraint_warning', ctx)) question.constraintWarning = true;
    const answer = defaultOf(row, base.type);
    if (answer !== undefined) {
      question.default = answer;
      origins.set(`${path}.default`, { place: row.place('default') });
    }
    if (row.text('read_only') !== '' && flag(row, 'read_only', ctx)) {
      question.readOnly = true;
      origins.set(`${path}.readOnly`, { place: row.place('read_only') });
    }
    return question;
  };

  const addQuestion = (question: QuestionDef): void => {
    const section = sections[currentSection() ?? -1];
    section?.questions.push(question);
  };

  const closeGrid = (group: OpenGroup): void => {
    const grid = group.grid;
    if (!grid) return;
    if (grid.rows.length === 0) return void refuse(group.row.place('type'), t(`gitteret '${grid.question.name}' har ingen rækker`, `the grid '${grid.question.name}' has no rows`));
    const required = grid.rows.map((row) => flag(row, 'required', ctx));
    if (required.some((r) => r !== required[0])) refuse(group.row.place(), t(`rækkerne i gitteret '${grid.question.name}' skal enten alle eller ingen være required`, `the rows of grid '${grid.question.name}' must be all required or none`));
    if (required[0]) grid.question.required = true;
    addQuestion(grid.question);
  };

  for (const row of table.rows) {
    const appearance = appearanceOf(row);
    const type = rowType(row.text('type'), appearance);
    checkColumns(row);
    const top = stack[stack.length - 1];

    if (type.kind === 'refused') {
      refuse(row.place('type'), type.message);
      continue;
    }
    if (type.kind === 'metadata') {
      ctx.notices.push({ ...row.place('type'), message: { da: `${type.name}: ${META_NOTICE.da}`, en: `${type.name}: ${META_NOTICE.en}` } });
      continue;
    }
    if (type.kind === 'begin-group') {
      const name = row.text('name');
      const relevant = expressionCell(row, 'relevant');
      if (top?.kind === 'grid') {
        refuse(row.place('type'), t('en gruppe inde i et gitter (table-list) understøttes ikke', 'a group inside a grid (table-list) is not supported'));
        stack.push({ row, kind: 'flat' });
        continue;
      }
      if (stack.length === 0) {
        questionsOnly(row, t('et afsnit (begin group)', 'a section (begin group)'));
        implicit = undefined;
        const title = localText(row, 'label', ctx.defaultLang, ctx.notices);
        if (name === '') refuse(row.place('name'), t('gruppen har intet navn', 'the group has no name'));
        if (appearance.includes('table-list')) {
          ctx.notices.push({ ...row.place('appearance'), message: t(`gruppen '${name}' er et afsnit: table-list bliver kun et gitter inde i et afsnit`, `the group '${name}' is a section: table-list makes a grid only inside a section`) });
        }
        const section: SectionDef = { id: name || `section_${sections.length + 1}`, title: title ?? { da: name, en: name }, questions: [] };
        if (!title) refuse(row.place('label'), t(`afsnittet '${name}' har ingen overskrift (label)`, `the section '${name}' has no title (label)`));
        if (relevant) section.relevant = relevant.text;
        sections.push(section);
        const path = `sections[${sections.length - 1}]`;
        origins.set(path, { place: row.place('name') });
        origins.set(`${path}.questions`, { place: row.place('type') });
        if (relevant) origins.set(`${path}.relevant`, { place: row.place('relevant'), expression: relevant });
        stack.push({ row, kind: 'section', ...(relevant && { relevant }) });
        continue;
      }
      if (appearance.includes('table-list')) {
        const s = currentSection() ?? 0;
        const path = `sections[${s}].questions[${sections[s]?.questions.length ?? 0}]`;
        const question = questionFrom(row, { type: 'grid' }, path, innerRelevant(relevant));
        stack.push({ row, kind: 'grid', grid: { question: question ?? { name, type: 'grid', label: { da: name, en: name } }, rows: [] } });
        continue;
      }
      questionsOnly(row, t('en gruppe (begin group)', 'a group (begin group)'));
      stack.push({ row, kind: 'flat', ...(relevant && { relevant }) });
      continue;
    }
    if (type.kind === 'end-group') {
      const group = stack.pop();
      if (!group) refuse(row.place('type'), t('end group uden en begin group før', 'end group without a begin group before it'));
      else if (group.kind === 'grid') closeGrid(group);
      continue;
    }
    if (type.kind === 'calculate') {
      questionsOnly(row, t('en beregning (calculate)', 'a calculation (calculate)'));
      const name = row.text('name');
      const calculation = expressionCell(row, 'calculation');
      if (name === '') refuse(row.place('name'), t('beregningen har intet navn', 'the calculation has no name'));
      if (!calculation) refuse(row.place('calculation'), t(`beregningen '${name}' har ingen formel (calculation)`, `the calculation '${name}' has no formula (calculation)`));
      if (name === '' || !calculation || !validName(row, name)) continue;
      const valueType = row.text('value_type').toLowerCase();
      if (valueType !== '' && !['integer', 'decimal', 'text'].includes(valueType)) {
        refuse(row.place('value_type'), t(`'${valueType}' skal være integer, decimal eller text`, `'${valueType}' must be integer, decimal or text`));
      }
      const path = `derived[${derived.length}]`;
      const relevant = joinConditions(
        stack.reduce<PlacedExpression | undefined>((joined, g) => joinConditions(joined, g.relevant), undefined),
        expressionCell(row, 'relevant'),
      );
      const item: DerivedDef = {
        name,
        label: localText(row, 'label', ctx.defaultLang, ctx.notices) ?? { da: name, en: name },
        type: (['integer', 'decimal', 'text'].includes(valueType) ? valueType : 'decimal') as DerivedDef['type'],
        calculation: calculation.text,
      };
      if (valueType === '') untypedDerived.push(derived.length);
      if (relevant) item.relevant = relevant.text;
      const list = row.text('choices');
      if (list !== '') item.choices = list;
      const description = localText(row, 'description', ctx.defaultLang, ctx.notices);
      if (description) item.description = description;
      origins.set(path, { place: row.place('name') });
      origins.set(`${path}.calculation`, { place: row.place('calculation'), expression: calculation });
      origins.set(`${path}.choices`, { place: row.place('choices') });
      if (relevant) origins.set(`${path}.relevant`, { place: row.place('relevant'), expression: relevant });
      derived.push(item);
      continue;
    }

    // A question.
    if (top?.kind === 'grid' && top.grid) {
      const grid = top.grid;
      const name = row.text('name');
      const label = localText(row, 'label', ctx.defaultLang, ctx.notices);
      if (type.type !== 'single' || !type.list || type.orOther) {
        refuse(row.place('type'), t(`en række i gitteret '${grid.question.name}' skal være select_one af én liste`, `a row of grid '${grid.question.name}' must be select_one of one list`));
        continue;
      }
      if (grid.list !== undefined && grid.list !== type.list) {
        refuse(row.place('type'), t(`alle rækker i gitteret '${grid.question.name}' skal bruge listen '${grid.list}'`, `every row of grid '${grid.question.name}' must use the list '${grid.list}'`));
        continue;
      }
      questionsOnly(row, t(`en række i gitteret '${grid.question.name}'`, `a row of grid '${grid.question.name}'`));
      for (const key of ['relevant', 'constraint', 'hint'] as const) {
        if (row.text(key) !== '') refuse(row.place(key), t(`en række i et gitter kan ikke have sin egen ${key}: sæt den på gruppen`, `a grid row cannot have its own ${key}: put it on the group`));
      }
      if (name === '' || !label) {
        refuse(row.place(name === '' ? 'name' : 'label'), t('rækken i gitteret mangler navn eller tekst', 'the grid row lacks a name or text'));
        continue;
      }
      if (!validName(row, name)) continue;
      grid.list = type.list;
      grid.question.choices = type.list;
      const gridRow: GridRowDef = { name, label };
      grid.question.rows = [...(grid.question.rows ?? []), gridRow];
      grid.rows.push(row);
      continue;
    }
    if (stack.length === 0) openImplicit(row);
    const s = currentSection() ?? 0;
    const path = `sections[${s}].questions[${sections[s]?.questions.length ?? 0}]`;
    const list = type.orOther && type.list ? `${type.list}_or_other` : type.list;
    if (type.orOther && type.list) otherLists.set(`${type.list}_or_other`, type.list);
    const question = questionFrom(row, { type: type.type, ...(list && { list }) }, path, innerRelevant(expressionCell(row, 'relevant')));
    if (!question) continue;
    addQuestion(question);
    if (type.orOther) {
      const other: QuestionDef = {
        name: `${question.name}_other`,
        type: 'text',
        label: { da: 'Angiv andet', en: 'Specify other' },
        relevant: type.type === 'multi' ? `selected(\${${question.name}}, 'other')` : `\${${question.name}} = 'other'`,
      };
      origins.set(`sections[${s}].questions[${sections[s]?.questions.length ?? 0}]`, { place: row.place('type') });
      addQuestion(other);
    }
  }
  for (const open of stack.reverse()) refuse(open.row.place('type'), t('begin group uden end group', 'begin group without end group'));
  return { sections, derived, untypedDerived, otherLists, origins };
}
