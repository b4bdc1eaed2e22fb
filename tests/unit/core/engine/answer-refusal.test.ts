import { describe, expect, it } from 'vitest';
import { refusingProblems } from '../../../../renderer/src/core/engine/answer-refusal';
import { evaluateResponse } from '../../../../renderer/src/core/engine/evaluate-response';
import { compile, integer, multi, section, text, year } from '../form-builder';

const q = compile({
  lists: { initiator: ['manager', 'employees', 'citizens', 'law'] },
  sections: [
    section('A', [
      text('name', { required: true }),
      integer('staff', { min: 3 }),
      year('start', { min: 2000, max: 2035 }),
      year('end', { min: 2000, max: 2035, constraint: '${start} = "" or . >= ${start}' }),
      integer('visits', { constraint: '. <= 1000', constraintWarning: true, constraintMessage: { da: 'Usædvanligt mange', en: 'Unusually many' } }),
      multi('initiator', 'initiator', { maxSelected: 2 }),
    ]),
  ],
});

const codes = (problems: { code: string }[]) => problems.map((p) => p.code);

describe('a field holds only what its type and rules allow', () => {
  it('refuses text in a number field, a number out of range and a failing constraint, saying why', () => {
    expect(codes(refusingProblems(q, {}, 'staff', 'abc'))).toEqual(['type']);
    expect(codes(refusingProblems(q, {}, 'staff', 2))).toEqual(['min']);
    expect(codes(refusingProblems(q, {}, 'start', 2036))).toEqual(['max']);
    expect(codes(refusingProblems(q, { start: 2016 }, 'end', 2015))).toEqual(['constraint']);
    expect(refusingProblems(q, {}, 'staff', 'abc')[0]?.message.da).toMatch(/tal/i);
  });

  it('accepts a valid value, a cleared answer, and a blank required one', () => {
    expect(refusingProblems(q, {}, 'staff', 25)).toEqual([]);
    expect(refusingProblems(q, { start: 2015 }, 'end', 2016)).toEqual([]);
    expect(refusingProblems(q, { staff: 25 }, 'staff', undefined)).toEqual([]);
    expect(refusingProblems(q, {}, 'name', undefined)).toEqual([]);
  });

  it('a constraint marked as a warning never refuses; it is shown and does not block completion', () => {
    expect(refusingProblems(q, {}, 'visits', 5000)).toEqual([]);
    const evaluation = evaluateResponse(q, { visits: 5000 });
    expect(evaluation.problemsByVariable.get('visits')).toEqual([
      { variable: 'visits', code: 'constraint', message: { da: 'Usædvanligt mange', en: 'Unusually many' }, blocking: false },
    ]);
  });

  it('a tick beyond the most allowed is refused; taking ticks back always works', () => {
    expect(codes(refusingProblems(q, { initiator: ['manager', 'employees'] }, 'initiator', ['manager', 'employees', 'law']))).toEqual(['maxSelected']);
    // Stored with too many (an older import): unticking one is still allowed.
    expect(refusingProblems(q, { initiator: ['manager', 'employees', 'citizens', 'law'] }, 'initiator', ['manager', 'employees', 'citizens'])).toEqual([]);
  });
});
