/**
 * A refused definition is said in Danish as well as in English (the UI shows the one of its
 * language): the same element, the same field, the same reason. Each class of refusal, hand-picked.
 */
import { describe, expect, it } from 'vitest';
import { loadQuestionnaire } from '../../../../renderer/src/core/questionnaire/load-questionnaire';
import { derived, form, grid, integer, multi, section, single, text } from '../form-builder';

/** The Danish and English texts of every error the definition is refused with. */
function refusals(def: unknown): { da: string; en: string }[] {
  const result = loadQuestionnaire(def);
  if (result.ok) throw new Error('expected the questionnaire to be refused, but it loaded');
  return result.error.map((e) => e.text);
}

describe('a refused definition in Danish', () => {
  it.each([
    [
      'an unknown (misspelt) key',
      form({ questions: [text('workplace'), { ...text('novelty'), relevent: "${workplace} != ''" } as never] }),
      { da: "Spørgsmålet 'novelty': ukendt felt 'relevent'", en: "Question 'novelty': unknown key 'relevent'" },
    ],
    [
      'a key of the wrong type',
      form({ questions: [{ ...text('a'), required: 'yes' } as never] }),
      { da: "Spørgsmålet 'a' (required): skal være true eller false, ikke tekst", en: "Question 'a' required: Invalid input: expected boolean, received string" },
    ],
    [
      'a name that is no variable name',
      form({ questions: [text('2a')] }),
      { da: "Spørgsmålet '2a' (name): skal begynde med et bogstav og kun have bogstaver, tal og _", en: "Question '2a' name: must start with a letter and hold only letters, digits and _" },
    ],
    [
      'two questions with one name',
      form({ sections: [section('A', [text('name')]), section('B', [text('Name')])] }),
      { da: "Spørgsmålet 'Name' (name): navnet 'Name' er allerede brugt ved sections[0].questions[0]", en: "Question 'Name' name: the name 'Name' is already used at sections[0].questions[0]" },
    ],
    [
      'a list without options',
      form({ questions: [single('a', 'l')], lists: { l: [] } }),
      { da: "Listen 'l': har ingen svarmuligheder", en: "Choice list 'l': has no options" },
    ],
    [
      'an option for a question type that takes none',
      form({ questions: [{ ...text('a'), min: 1 }] }),
      { da: "Spørgsmålet 'a' (min): kun spørgsmål af typen integer, decimal og year kan have 'min', ikke et spørgsmål af typen text", en: "Question 'a' min: only integer, decimal and year questions take 'min', not a text question" },
    ],
    [
      'bounds the wrong way round',
      form({ questions: [integer('n', { min: 10, max: 5 })] }),
      { da: "Spørgsmålet 'n' (min): min 10 er større end max 5", en: "Question 'n' min: min 10 is greater than max 5" },
    ],
    [
      'a pattern that could take exponential time',
      form({ questions: [text('a', { pattern: '(a+)+b' })] }),
      {
        da: "Spørgsmålet 'a' (pattern): ugyldigt mønster '(a+)+b' (ikke tilladt: det gentager noget, der selv gentages, som i (a+)+ (gentagelser i gentagelser tager eksponentielt lang tid))",
        en: "Question 'a' pattern: invalid pattern '(a+)+b' (not allowed: it repeats something that itself repeats, as in (a+)+ (nested quantifiers take exponential time))",
      },
    ],
    [
      'more options required than the list has',
      form({ questions: [multi('m', 'l', { minSelected: 3 })], lists: { l: ['x', 'y'] } }),
      { da: "Spørgsmålet 'm' (minSelected): minSelected 3 er flere end de 2 svarmuligheder i 'l'", en: "Question 'm' minSelected: minSelected 3 is more than the 2 options of 'l'" },
    ],
    [
      'a routing condition naming a grid instead of its row',
      form({ questions: [grid('g', 'l', ['r1', 'r2']), text('t', { relevant: "${g} = 'x'" })], lists: { l: ['x'] } }),
      {
        da: "Spørgsmålet 't' (relevant): ukendt spørgsmål 'g' ved tegn 3; 'g' er et gitter: henvis til en af dets rækker, fx ${r1}",
        en: "Question 't' relevant: unknown question 'g' at position 2; 'g' is a grid: refer to one of its rows, e.g. ${r1}",
      },
    ],
    [
      'a calculation that gives the wrong type',
      form({ questions: [text('a')], derived: [derived('d', 'integer', '${a}')] }),
      { da: "Den afledte variabel 'd' (calculation): skal give et tal eller sand/falsk, men giver tekst ved tegn 1", en: "Derived 'd' calculation: must give a number or true/false, but gives text at position 0" },
    ],
    [
      'two derived variables computed from each other',
      form({ questions: [text('a')], derived: [derived('x', 'integer', '${y} + 1'), derived('y', 'integer', '${x} + 1')] }),
      { da: "Den afledte variabel 'x': cirkulær afhængighed 'x' → 'y' → 'x' (gennem relevant eller calculation)", en: "Derived 'x': circular dependency 'x' → 'y' → 'x' (through relevant or calculation)" },
    ],
    [
      'a default that is no option',
      form({ questions: [single('s', 'l', { default: 'z' } as never)], lists: { l: ['x'] } }),
      { da: `Spørgsmålet 's' (default): "z" passer ikke til spørgsmålet: Ikke en svarmulighed til spørgsmålet: 'z'`, en: `Question 's' default: "z" does not fit the question: Not an option of this question: 'z'` },
    ],
  ])('%s', (_what, def, expected) => {
    expect(refusals(def)).toEqual([expected]);
  });
});
