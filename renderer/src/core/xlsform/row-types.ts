/**
 * What a survey row's `type` cell asks for, in the app's terms. XLSForm types the app cannot key are
 * named in a refusal rather than dropped: the form would otherwise load without a question its
 * authors meant to ask.
 */
import type { LocalText, QuestionType } from '../questionnaire/model';
import { t } from './xlsform-types';

export type RowType =
  | { kind: 'question'; type: QuestionType; list?: string; orOther?: boolean }
  | { kind: 'calculate' }
  | { kind: 'begin-group' }
  | { kind: 'end-group' }
  /** Metadata the app records by itself (times, device, user): accepted and not asked. */
  | { kind: 'metadata'; name: string }
  | { kind: 'refused'; message: LocalText };

const METADATA = new Set(['start', 'end', 'today', 'deviceid', 'subscriberid', 'simserial', 'phonenumber', 'username', 'email', 'audit', 'instanceid']);

const UNSUPPORTED: Readonly<Record<string, LocalText>> = {
  'begin repeat': t('gentagelser (begin repeat) understøttes ikke', 'repeats (begin repeat) are not supported'),
  'end repeat': t('gentagelser (end repeat) understøttes ikke', 'repeats (end repeat) are not supported'),
  note: t('noter (type note) understøttes ikke: skriv teksten som hjælpetekst (hint) til et spørgsmål', 'notes (type note) are not supported: put the text in a question’s hint'),
  geopoint: t('geografiske punkter (geopoint) understøttes ikke', 'locations (geopoint) are not supported'),
  geotrace: t('geografiske linjer (geotrace) understøttes ikke', 'lines (geotrace) are not supported'),
  geoshape: t('geografiske flader (geoshape) understøttes ikke', 'areas (geoshape) are not supported'),
  'start-geopoint': t('geografiske punkter (start-geopoint) understøttes ikke', 'locations (start-geopoint) are not supported'),
  image: t('billeder (image) understøttes ikke', 'images (image) are not supported'),
  audio: t('lyd (audio) understøttes ikke', 'audio is not supported'),
  'background-audio': t('lyd (background-audio) understøttes ikke', 'audio (background-audio) is not supported'),
  video: t('video understøttes ikke', 'video is not supported'),
  file: t('filer (file) understøttes ikke', 'files (file) are not supported'),
  barcode: t('stregkoder (barcode) understøttes ikke', 'barcodes are not supported'),
  range: t('skalaer (range) understøttes ikke: brug select_one', 'ranges are not supported: use select_one'),
  rank: t('rangordning (rank) understøttes ikke', 'ranking (rank) is not supported'),
  acknowledge: t('bekræftelser (acknowledge) understøttes ikke', 'acknowledge is not supported'),
  trigger: t('bekræftelser (trigger) understøttes ikke', 'trigger is not supported'),
  hidden: t('skjulte felter (hidden) understøttes ikke: brug calculate', 'hidden fields are not supported: use calculate'),
  time: t('klokkeslæt (time) understøttes ikke', 'times of day (time) are not supported'),
  datetime: t('tidspunkter (datetime) understøttes ikke', 'date-times (datetime) are not supported'),
  'xml-external': t('eksterne data (xml-external) understøttes ikke', 'external data (xml-external) is not supported'),
  'csv-external': t('eksterne data (csv-external) understøttes ikke', 'external data (csv-external) is not supported'),
};

const PLAIN: Readonly<Record<string, QuestionType>> = { text: 'text', string: 'text', integer: 'integer', int: 'integer', decimal: 'decimal' };

/** Reads the type cell (case and spacing as pyxform accepts them) with the row's appearance words. */
export function rowType(cell: string, appearance: readonly string[]): RowType {
  const type = cell.trim().toLowerCase().replace(/\s+/g, ' ').replace(/^(begin|end)_(group|repeat)$/, '$1 $2');
  if (type === 'begin group') return { kind: 'begin-group' };
  if (type === 'end group') return { kind: 'end-group' };
  if (type === 'calculate') return { kind: 'calculate' };
  if (METADATA.has(type)) return { kind: 'metadata', name: type };
  // Own keys only: a type cell such as `constructor` must not find Object's prototype.
  const own = (table: Readonly<Record<string, unknown>>, key: string) => (Object.hasOwn(table, key) ? table[key] : undefined);
  const plain = own(PLAIN, type) as QuestionType | undefined;
  if (plain === 'text') return { kind: 'question', type: appearance.includes('multiline') ? 'longtext' : 'text' };
  if (plain === 'integer') return { kind: 'question', type: appearance.includes('year') ? 'year' : 'integer' };
  if (plain) return { kind: 'question', type: plain };
  if (type === 'date') {
    return appearance.includes('year')
      ? { kind: 'question', type: 'year' }
      : { kind: 'question', type: 'date' };
  }
  const select = /^(select_one|select one|select1|select_multiple|select multiple)(_from_file)?(?: (\S+))?( or_other)?$/.exec(type);
  if (select) {
    const [, kind, fromFile, list, orOther] = select;
    if (fromFile) return { kind: 'refused', message: t('lister fra filer (…_from_file) understøttes ikke: skriv svarmulighederne på arket choices', 'lists from files (…_from_file) are not supported: put the options on the choices sheet') };
    if (!list) return { kind: 'refused', message: t(`'${cell.trim()}' mangler navnet på en liste fra arket choices`, `'${cell.trim()}' lacks the name of a list on the choices sheet`) };
    const single = kind?.startsWith('select_one') || kind === 'select one' || kind === 'select1';
    return { kind: 'question', type: single ? 'single' : 'multi', list, ...(orOther && { orOther: true }) };
  }
  // pyxform writes a rank with its list (`rank fruits`): the kind is the first word.
  const unsupported = (own(UNSUPPORTED, type) ?? own(UNSUPPORTED, type.split(' ')[0] ?? '')) as LocalText | undefined;
  if (unsupported) return { kind: 'refused', message: unsupported };
  return { kind: 'refused', message: t(`typen '${cell.trim()}' kendes ikke`, `the type '${cell.trim()}' is not known`) };
}
