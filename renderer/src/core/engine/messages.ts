/** The problem messages of answer validation, in Danish and English. */
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

/** The answer is not the kind of value the question takes. */
export function typeMessage(variable: Variable): LocalText {
  switch (variable.type) {
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
