/**
 * A date typed the way the language writes it (01.12.2026 in Danish, 01/12/2026 in English) instead
 * of the browser's date picker, whose format follows the browser's own locale ("mm/dd/yyyy" in an
 * English browser). The value in and out is ISO (yyyy-mm-dd) or '' for none; a date that cannot be
 * read is marked invalid and not passed on.
 */
import { useState, type InputHTMLAttributes } from 'react';
import type { Lang } from '../core/questionnaire/model';

const PATTERN = /^\s*(\d{1,2})[./-](\d{1,2})[./-](\d{4})\s*$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const PLACEHOLDER: Record<Lang, string> = { da: 'dd.mm.åååå', en: 'dd/mm/yyyy' };
const SEPARATOR: Record<Lang, string> = { da: '.', en: '/' };

/** 1.12.2026, 01.12.2026, 1/12/2026 or 01-12-2026 → 2026-12-01; null for no such day. */
export function parseDayMonthYear(text: string): string | null {
  const m = PATTERN.exec(text);
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function showIsoDate(iso: string, lang: Lang): string {
  const m = ISO.exec(iso);
  return m ? [m[3], m[2], m[1]].join(SEPARATOR[lang]) : '';
}

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> {
  value: string;
  onChange(iso: string): void;
  lang: Lang;
}

export function DateInput({ value, onChange, lang, ...rest }: Props) {
  const [text, setText] = useState(() => showIsoDate(value, lang));
  const [shown, setShown] = useState({ value, lang });
  const parsed = text.trim() === '' ? '' : parseDayMonthYear(text);
  // Follows the value when it changes from outside (a "clear filters", another language).
  if (shown.value !== value || shown.lang !== lang) {
    setShown({ value, lang });
    if (parsed !== value || shown.lang !== lang) setText(showIsoDate(value, lang));
  }
  return (
    <input
      {...rest}
      type="text"
      inputMode="numeric"
      autoComplete="off"
      placeholder={PLACEHOLDER[lang]}
      value={text}
      aria-invalid={parsed === null || rest['aria-invalid'] === true ? true : undefined}
      onChange={(e) => {
        setText(e.target.value);
        const next = e.target.value.trim() === '' ? '' : parseDayMonthYear(e.target.value);
        if (next !== null && next !== value) onChange(next);
      }}
    />
  );
}
