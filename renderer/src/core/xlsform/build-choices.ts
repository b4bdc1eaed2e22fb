/** The choices sheet: one list per `list_name`, in the order written; the app's own columns mark exclusive and "don't know" options, and a renamed option's code in the previous edition (`previous_name`). */
import type { ChoiceDef, Lang } from '../questionnaire/model';
import { localText, type SheetTable } from './sheet-table';
import { t, type XlsFormProblem } from './xlsform-types';
import type { Origins } from './build-survey';

const READ = new Set(['list_name', 'name', 'label', 'exclusive', 'dont_know', 'previous_name']);
const REFUSED = new Set(['image', 'audio', 'video', 'big-image', 'media']);
const LIST_NAME = /^[A-Za-z][A-Za-z0-9_.-]*$/;
const YES = new Set(['yes', 'true', '1', 'ja']);

export function buildChoices(table: SheetTable | undefined, defaultLang: Lang, problems: XlsFormProblem[], notices: XlsFormProblem[], origins: Origins): Record<string, ChoiceDef[]> {
  const lists = new Map<string, ChoiceDef[]>();
  const ignored = new Set<string>();
  for (const row of table?.rows ?? []) {
    const list = row.text('list_name');
    const code = row.text('name');
    for (const column of row.filled((key) => !READ.has(key))) {
      const base = column.key.split('::')[0] ?? column.key;
      if (REFUSED.has(base)) problems.push({ ...row.place(), column: column.header, message: t(`kolonnen '${column.header}' understøttes ikke (billeder og lyd til svarmuligheder)`, `the column '${column.header}' is not supported (images and sound for options)`) });
      else if (!ignored.has(column.header)) {
        ignored.add(column.header);
        notices.push({ ...row.place(), column: column.header, message: t(`kolonnen '${column.header}' bruges ikke`, `the column '${column.header}' is not used`) });
      }
    }
    if (list === '') {
      problems.push({ ...row.place('list_name'), message: t('svarmuligheden hører ikke til nogen liste (list_name er tom)', 'the option belongs to no list (list_name is empty)') });
      continue;
    }
    if (code === '') {
      problems.push({ ...row.place('name'), message: t(`en svarmulighed i listen '${list}' har intet navn`, `an option of list '${list}' has no name`) });
      continue;
    }
    const label = localText(row, 'label', defaultLang, notices);
    if (!label) {
      problems.push({ ...row.place('label'), message: t(`svarmuligheden '${code}' i listen '${list}' har ingen tekst (label)`, `the option '${code}' of list '${list}' has no text (label)`) });
      continue;
    }
    if (!LIST_NAME.test(list)) {
      problems.push({ ...row.place('list_name'), message: t(`listenavnet '${list}' skal begynde med et bogstav og kun have bogstaver, tal, _ . og -`, `the list name '${list}' must start with a letter and hold only letters, digits, _ . and -`) });
      continue;
    }
    const choices = lists.get(list) ?? [];
    lists.set(list, choices);
    const choice: ChoiceDef = { code, label };
    if (YES.has(row.text('exclusive').toLowerCase())) choice.exclusive = true;
    if (YES.has(row.text('dont_know').toLowerCase())) choice.dontKnow = true;
    // The app's own column: the option's code in the edition named by settings' previous_version.
    const previousCode = row.text('previous_name');
    if (previousCode !== '') choice.previousCode = previousCode;
    origins.set(`choiceLists.${list}`, origins.get(`choiceLists.${list}`) ?? { place: row.place('list_name') });
    origins.set(`choiceLists.${list}[${choices.length}]`, { place: row.place('name') });
    choices.push(choice);
  }
  return Object.fromEntries(lists);
}
