/**
 * Patterns from a questionnaire file are checked before they ever run (issue 10, defect 2): a
 * crafted package embedding `(a+)+b` froze the coordinator's window. The static check refuses the
 * constructs with catastrophic backtracking and lets ordinary validation patterns through; the
 * loader, the expression checker and the package reader all refuse such a questionnaire.
 */
import { describe, expect, it } from 'vitest';
import { readPackage } from '../../../../renderer/src/core/exchange/read-package';
import { evaluateResponse } from '../../../../renderer/src/core/engine/evaluate-response';
import { compileAnswerPattern, matchesPattern } from '../../../../renderer/src/core/questionnaire/answer-pattern';
import { loadQuestionnaire } from '../../../../renderer/src/core/questionnaire/load-questionnaire';
import type { QuestionnaireDef } from '../../../../renderer/src/core/questionnaire/model';
import { MAX_PATTERN_LENGTH, PATTERN_INPUT_MAX, PATTERN_INPUT_MAX_MOST_REPEATS, patternInputMax, patternRisk } from '../../../../renderer/src/core/questionnaire/pattern-safety';
import { gzJson, sampleDocument } from '../../../fixtures/packages/make-bad-packages';

const SAFE = [
  '^([0-9]{8}|[0-9]{10})$', // the built-in CVR/P-number pattern
  '[0-9]{4}',
  '\\d{2}-\\d{2}-\\d{4}',
  '[A-ZÆØÅ][a-zæøå]+',
  '[^@\\s]+@[^@\\s]+\\.[^@\\s]+',
  '(\\+45)?\\s?\\d{8}',
  '(ab)+',
  '(a|b)*c',
  '(\\d{3}-)+\\d{3}',
  '(?:kr|DKK)\\s?\\d+',
  '(x|\\d)+', // 'x' is no digit: the branches cannot begin alike
  '(?=\\d{4})\\d+',
  'a{1,5}b{2}',
  '[a-z]+(?:[.][a-z])?',
];

const UNSAFE: [string, RegExp][] = [
  ['(a+)+b', /repeats something that itself repeats/],
  ['(a*)*', /can match nothing|itself repeats/],
  ['(a+)*b', /itself repeats/],
  ['(?:a{1,3})+', /itself repeats/],
  ['([a-z]+\\s?)+$', /itself repeats/],
  ['(\\d+-?)+', /itself repeats/],
  ['(a?)*', /can match nothing/],
  ['(a|a)*', /begin alike/],
  ['(a|ab)+c', /begin alike/],
  ['(\\d|1)+', /begin alike/],
  ['(\\w|\\d)+', /begin alike/],
  ['(.|x)*y', /begin alike/],
  ['(x|)*', /can match nothing|begin alike/],
  ['((a|b)|a)+', /begin alike/],
  ['(?=(a+)+b)', /itself repeats/],
  ['(a)\\1', /refers back/],
  ['(?<x>a)\\k<x>', /refers back/],
  ['\\d*\\d*\\d*\\d*x', /4 repetitions of variable length/],
  ['x'.repeat(MAX_PATTERN_LENGTH + 1), /longer than 500/],
];

describe('the pattern check', () => {
  it.each(SAFE)('lets %s through', (source) => {
    expect(patternRisk(source)).toBeUndefined();
    expect(compileAnswerPattern(source).ok).toBe(true);
  });

  it.each(UNSAFE)('refuses %s', (source, reason) => {
    expect(patternRisk(source)?.en).toMatch(reason);
    expect(patternRisk(source)?.da).toMatch(/^det /);
    const compiled = compileAnswerPattern(source);
    expect(compiled.ok).toBe(false);
    if (!compiled.ok) expect(compiled.error).toEqual({ da: expect.stringMatching(/^ikke tilladt: det /), en: expect.stringMatching(/^not allowed: /) });
  });

  it('bounds the text a pattern runs on', () => {
    const compiled = compileAnswerPattern('[a-z]*');
    if (!compiled.ok) throw new Error('pattern');
    expect(matchesPattern(compiled.value, 'a'.repeat(PATTERN_INPUT_MAX))).toBe(true);
    expect(matchesPattern(compiled.value, 'a'.repeat(PATTERN_INPUT_MAX + 1))).toBe(false);
  });

  it('bounds the worst pattern it lets through to 300 characters: three variable repetitions backtrack in about n³ steps', () => {
    const compiled = compileAnswerPattern('\\d*\\d*\\d*x');
    if (!compiled.ok) throw new Error(compiled.error.en);
    expect([patternInputMax(compiled.value), PATTERN_INPUT_MAX_MOST_REPEATS]).toEqual([300, 300]);
    expect(matchesPattern(compiled.value, `${'1'.repeat(299)}x`)).toBe(true);
    expect(matchesPattern(compiled.value, `${'1'.repeat(300)}x`)).toBe(false);
    // The failing match on 300 digits is the costly one; it is run, and gives no.
    expect(matchesPattern(compiled.value, '1'.repeat(300))).toBe(false);
    // Two repetitions keep the 1,000 characters.
    const two = compileAnswerPattern('[a-z]+@[a-z]+');
    if (!two.ok) throw new Error(two.error.en);
    expect(patternInputMax(two.value)).toBe(PATTERN_INPUT_MAX);
  });

  it('regex() in an expression has the same bound', () => {
    const loaded = loadQuestionnaire(withPattern('[0-9x]+', "regex(${code}, '\\d*\\d*\\d*x')"));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
    const check = (code: string) => evaluateResponse(loaded.value, { code, other: 'y' }).problemsByVariable.get('other')?.map((p) => p.code);
    expect(check(`${'1'.repeat(299)}x`)).toBeUndefined();
    expect(check(`${'1'.repeat(300)}x`)).toEqual(['constraint']);
  });
});

const t = (text: string) => ({ da: text, en: text });
const withPattern = (pattern: string, constraint?: string): QuestionnaireDef => ({
  id: 'pattern-test',
  version: '1',
  title: t('Pattern test'),
  sections: [
    {
      id: 's',
      title: t('S'),
      questions: [
        { name: 'code', type: 'text', label: t('Code'), pattern },
        { name: 'other', type: 'text', label: t('Other'), ...(constraint ? { constraint } : {}) },
      ],
    },
  ],
  choiceLists: {},
  derived: [],
});

describe('questionnaires with a catastrophic pattern', () => {
  it('the loader refuses (a+)+b, naming the question', () => {
    const loaded = loadQuestionnaire(withPattern('(a+)+b'));
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.error.map((e) => `${e.path}: ${e.message}`).join('\n')).toMatch(/pattern.*\(a\+\)\+b.*nested quantifiers/);
  });

  it('the expression checker refuses regex(., "(a+)+b")', () => {
    const loaded = loadQuestionnaire(withPattern('[a-z]+', "regex(., '(a+)+b')"));
    expect(loaded.ok).toBe(false);
    if (!loaded.ok) expect(loaded.error[0]?.message).toMatch(/not allowed: it repeats something that itself repeats/);
  });

  it('a pattern computed from an answer that is unsafe matches nothing (it is never run)', () => {
    const loaded = loadQuestionnaire(withPattern('[a-z]+', 'regex(., ${code})'));
    if (!loaded.ok) throw new Error(JSON.stringify(loaded.error));
    const ok = evaluateResponse(loaded.value, { code: 'ab', other: 'ab' });
    expect(ok.problemsByVariable.get('other')).toBeUndefined();
    // 'code' is itself a patterned answer ([a-z]+), so it cannot hold the payload; 'other' asks about itself.
    const loaded2 = loadQuestionnaire(withPattern('[a-z]+', 'regex(${code}, .)'));
    if (!loaded2.ok) throw new Error(JSON.stringify(loaded2.error));
    const hostile = evaluateResponse(loaded2.value, { code: 'a'.repeat(30), other: '(a+)+b' });
    expect(hostile.problemsByVariable.get('other')?.map((p) => p.code)).toEqual(['constraint']);
  });

  it('the package reader refuses a package embedding it, before any response is evaluated', async () => {
    const doc = sampleDocument();
    doc.manifest.questionnaires[0].sections[0].questions[0].pattern = '(a+)+b';
    const result = await readPackage(gzJson(doc));
    expect(result.ok ? 'ok' : result.error.code).toBe('invalid-questionnaire');
    if (!result.ok) expect(result.error.message.da).toMatch(/\(a\+\)\+b/);
    // The loader's reason in the language of the message around it.
    if (!result.ok) expect(result.error.message.da).toMatch(/: Spørgsmålet '\w+' \(pattern\): ugyldigt mønster '\(a\+\)\+b' \(ikke tilladt: det gentager noget, der selv gentages/);
    if (!result.ok) expect(result.error.message.en).toMatch(/: Question '\w+' pattern: invalid pattern '\(a\+\)\+b' \(not allowed: it repeats something that itself repeats/);
  });
});
