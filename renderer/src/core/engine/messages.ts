/** The problem messages of answer validation, in Danish and English. */
import { daysInMonth, readDateInput } from '../dates/calendar-date';
import type { ChoiceDef, LocalText, Variable } from '../questionnaire/model';

/** A number as each language writes it: `2.5` in English, `2,5` in Danish (no thousands separators, so years read right). */
function numberText(n: number): LocalText {
  const en = String(n);
  return { en, da: en.replace('.', ',') };
}

const COUNT_FORMAT = { da: new Intl.NumberFormat('da-DK'), en: new Intl.NumberFormat('en-GB') };

/** A count with thousands separators, through Intl: `150.000` in Danish, `150,000` in English. */
function countText(n: number): LocalText {
  return { en: COUNT_FORMAT.en.format(n), da: COUNT_FORMAT.da.format(n) };
}

/** "This question must be answered" (or "this row", for a grid row). */
export function requiredMessage(variable: Variable): LocalText {
  return variable.kind === 'grid-row'
    ? { en: 'This row must be answered', da: 'Rækken skal besvares' }
    : { en: 'This question must be answered', da: 'Spørgsmålet skal besvares' };
}

const MONTHS: Readonly<Record<keyof LocalText, readonly string[]>> = {
  da: ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};

/**
 * A date that is not one: a day its month does not have ("31-02-2021 findes ikke: februar 2021 har
 * 28 dage"), a month past 12, or text in no date's shape (the format to type, with an example).
 */
export function dateMessage(typed: string): LocalText {
  const input = readDateInput(typed);
  if (input.kind === 'impossible') {
    const { year, month, day } = input;
    if (month < 1 || month > 12) return { en: `${typed} is not a date: there is no month ${month}`, da: `${typed} er ikke en dato: der er ingen måned ${month}` };
    if (year < 1000) return { en: `${typed} is not a date: write the year with four digits`, da: `${typed} er ikke en dato: skriv året med fire cifre` };
    const days = daysInMonth(year, month);
    if (day < 1) return { en: `${typed} is not a date: there is no day 0`, da: `${typed} er ikke en dato: der er ingen dag 0` };
    return {
      en: `${typed} does not exist: ${MONTHS.en[month - 1]} ${year} has ${days} days`,
      da: `${typed} findes ikke: ${MONTHS.da[month - 1]} ${year} har ${days} dage`,
    };
  }
  return { en: 'Must be a date, written dd-mm-yyyy, e.g. 05-03-2021', da: 'Skal være en dato, skrevet dd-mm-åååå, fx 05-03-2021' };
}

/** The answer is not the kind of value the question takes (for a date, `value` says what is wrong with it). */
export function typeMessage(variable: Variable, value?: unknown): LocalText {
  switch (variable.type) {
    case 'date':
      return dateMessage(typeof value === 'string' ? value : '');
    case 'integer':
      return { en: 'Must be a whole number', da: 'Skal være et helt tal' };
    case 'decimal':
      return { en: 'Must be a number', da: 'Skal være et tal' };
    case 'year':
      return { en: 'Must be a year, e.g. 2016', da: 'Skal være et årstal, fx 2016' };
    case 'multi':
      return { en: 'Must be a list of options', da: 'Skal være en liste af svarmuligheder' };
    case 'single':
    case 'grid':
      return { en: 'Must be one of the options', da: 'Skal være en af svarmulighederne' };
    case 'text':
    case 'longtext':
      return { en: 'Must be text', da: 'Skal være tekst' };
  }
}

/** "Must be at least 3" / "Skal være mindst 3". */
export function minMessage(min: number): LocalText {
  const n = numberText(min);
  return { en: `Must be at least ${n.en}`, da: `Skal være mindst ${n.da}` };
}

/** "Must be at most 10" / "Må højst være 10". */
export function maxMessage(max: number): LocalText {
  const n = numberText(max);
  return { en: `Must be at most ${n.en}`, da: `Må højst være ${n.da}` };
}

/** "At most 1,000 characters (this is 1,204)" / "Højst 1.000 tegn (her er 1.204)". */
export function lengthMessage(max: number, length: number): LocalText {
  const [m, n] = [countText(max), countText(length)];
  return { en: `At most ${m.en} characters (this is ${n.en}). Shorten the text.`, da: `Højst ${m.da} tegn (her er ${n.da}). Gør teksten kortere.` };
}

/** Used when a pattern has no `patternMessage` of its own. */
export function patternMessage(): LocalText {
  return { en: 'Not in the expected format', da: 'Har ikke det forventede format' };
}

/** "Not an option of this question: 'x'". */
export function choiceMessage(code: string): LocalText {
  return { en: `Not an option of this question: '${code}'`, da: `Ikke en svarmulighed til spørgsmålet: '${code}'` };
}

/** "Pick at least 2" / "Vælg mindst 2". */
export function minSelectedMessage(min: number): LocalText {
  return { en: `Pick at least ${min}`, da: `Vælg mindst ${min}` };
}

/** "Pick at most 3" / "Vælg højst 3". */
export function maxSelectedMessage(max: number): LocalText {
  return { en: `Pick at most ${max}`, da: `Vælg højst ${max}` };
}

/** An exclusive option (e.g. "no collaboration") picked together with another. */
export function exclusiveMessage(choice: ChoiceDef): LocalText {
  return {
    en: `'${choice.label.en}' cannot be combined with other options`,
    da: `'${choice.label.da}' kan ikke kombineres med andre svarmuligheder`,
  };
}

/** Used when a constraint has no `constraintMessage` of its own. */
export function constraintMessage(): LocalText {
  return { en: 'This answer is not valid here', da: 'Svaret er ikke gyldigt her' };
}
