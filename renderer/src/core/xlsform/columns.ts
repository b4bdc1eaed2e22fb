/**
 * Column headers of the survey, choices and settings sheets, normalised as pyxform reads them: case
 * and surrounding spaces do not matter, spaces count as underscores, pyxform's older aliases name the
 * same column (`relevance`, `caption`, `constraint message`, `list name`, `bind::relevant`, …), and a
 * language follows `::` either as a code (`label::da`) or as pyxform's `Name (code)` form
 * (`label::Dansk (da)`).
 */
import type { Lang } from '../questionnaire/model';

export interface Column {
  /** The canonical name, e.g. `label`, `constraint_message`. */
  key: string;
  /** For a translated column: the language given after `::` (undefined = the form's default language). */
  language?: string;
  /** The header as written, for messages. */
  header: string;
}

const ALIASES: Readonly<Record<string, string>> = {
  caption: 'label',
  relevance: 'relevant',
  'bind::relevant': 'relevant',
  'bind::required': 'required',
  'bind::constraint': 'constraint',
  'bind::jr:constraintmsg': 'constraint_message',
  'bind::jr:requiredmsg': 'required_message',
  'bind::calculate': 'calculation',
  calculate: 'calculation',
  'bind::readonly': 'read_only',
  readonly: 'read_only',
  'body::hint': 'hint',
  'body::appearance': 'appearance',
  list: 'list_name',
  value: 'name',
};

/** Columns whose header may carry a language after `::`. */
export const TRANSLATED = new Set(['label', 'hint', 'constraint_message', 'required_message', 'pattern_message', 'description', 'form_title', 'guidance_hint', 'image', 'audio', 'video', 'big-image']);

export function readColumn(header: string): Column {
  const flat = header.trim().toLowerCase().replace(/\s+/g, '_').replace(/_?::_?/g, '::');
  const alias = ALIASES[flat] ?? ALIASES[flat.replace(/_/g, ' ')];
  if (alias) return { key: alias, header };
  const split = flat.indexOf('::');
  if (split > 0) {
    const base = ALIASES[flat.slice(0, split)] ?? flat.slice(0, split);
    if (TRANSLATED.has(base) || base === 'media') {
      const rest = header.trim().slice(header.trim().indexOf('::') + 2).trim();
      return { key: base, language: rest, header };
    }
  }
  return { key: flat, header };
}

const NAMES: Readonly<Record<string, Lang>> = {
  da: 'da',
  dan: 'da',
  dansk: 'da',
  danish: 'da',
  en: 'en',
  eng: 'en',
  english: 'en',
  engelsk: 'en',
};

/** The app's language a form language names (`Dansk (da)`, `da`, `English`), or undefined for any other. */
export function languageOf(written: string): Lang | undefined {
  const code = /\(([^)]+)\)\s*$/.exec(written)?.[1];
  const candidates = [code, written.replace(/\([^)]*\)\s*$/, '')].filter((c): c is string => !!c).map((c) => c.trim().toLowerCase());
  for (const candidate of candidates) {
    const lang = NAMES[candidate] ?? NAMES[candidate.split(/[-_]/)[0] ?? ''];
    if (lang) return lang;
  }
  return undefined;
}

/** The header pyxform writes for a language column: `label::Dansk (da)`. */
export function languageHeader(key: string, lang: Lang): string {
  return `${key}::${lang === 'da' ? 'Dansk (da)' : 'English (en)'}`;
}
