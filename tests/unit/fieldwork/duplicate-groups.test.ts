/** One workplace keyed twice, with or without a case link: the groups, worked out by hand. */
import { describe, expect, it } from 'vitest';
import { duplicateGroups, newGroups, normaliseWorkplaceId, type DuplicateCandidate } from '../../../renderer/src/core/fieldwork/duplicate-groups';

const r = (id: string, workplaceId: string, caseId: string | null = null, createdAt = `2026-12-01T10:0${id.length % 10}:00.000Z`): DuplicateCandidate => ({
  id,
  workplaceId,
  caseId,
  createdAt,
});

describe('duplicate workplaces', () => {
  it('two laptops keyed the same CVR number without a case: one group, oldest first', () => {
    const groups = duplicateGroups([
      r('b', '12345678', null, '2026-12-02T09:00:00.000Z'),
      r('a', '12345678', null, '2026-12-01T09:00:00.000Z'),
      r('c', '87654321'),
    ]);
    expect(groups).toEqual([{ workplaceIds: ['12345678'], responseIds: ['a', 'b'] }]);
  });

  it('spaces inside the id do not hide a duplicate; an unanswered id joins nothing', () => {
    expect(normaliseWorkplaceId(' 1234 5678 ')).toBe('12345678');
    const groups = duplicateGroups([r('a', '1234 5678'), r('b', '12345678'), r('c', ''), r('d', '  ')]);
    expect(groups.map((g) => g.responseIds.sort())).toEqual([['a', 'b']]);
  });

  it('a case keyed twice is a group even when one of them has no id answer', () => {
    const groups = duplicateGroups([r('a', '', '11111111'), r('b', '11111111', '11111111'), r('c', '22222222')]);
    expect(groups).toEqual([{ workplaceIds: ['11111111'], responseIds: ['a', 'b'].sort() }]);
  });

  it('groups chain through a link: the linked response carries its case and its own (mistyped) id', () => {
    // a: linked to case 11111111 but keyed 99999999; b: 99999999 without a case; c: started from case 11111111.
    const groups = duplicateGroups([
      r('a', '99999999', '11111111', '2026-12-01T08:00:00.000Z'),
      r('b', '99999999', null, '2026-12-01T09:00:00.000Z'),
      r('c', '11111111', '11111111', '2026-12-01T07:00:00.000Z'),
      r('d', '33333333', null),
      r('e', '44444444', '44444444'),
    ]);
    expect(groups).toEqual([{ workplaceIds: ['11111111', '99999999'], responseIds: ['c', 'a', 'b'] }]);
  });

  it('several groups come ordered by their workplace id; the same time orders by response id', () => {
    const t = '2026-12-01T09:00:00.000Z';
    const groups = duplicateGroups([r('y', '5555555555', null, t), r('x', '5555555555', null, t), r('p', '22222222', null, t), r('q', '22222222', null, t)]);
    expect(groups).toEqual([
      { workplaceIds: ['22222222'], responseIds: ['p', 'q'] },
      { workplaceIds: ['5555555555'], responseIds: ['x', 'y'] },
    ]);
  });

  it('what an import brought: groups with a response no group held before', () => {
    const now = duplicateGroups([r('a', '12345678'), r('b', '12345678'), r('c', '12345678'), r('d', '87654321'), r('e', '87654321'), r('f', '55555555'), r('g', '55555555')]);
    // Before: a+b were a group (c is new to it), d+e were a group (unchanged); f+g are new.
    const fresh = newGroups(now, new Set(['a', 'b', 'd', 'e']));
    expect(fresh.map((g) => g.workplaceIds[0])).toEqual(['12345678', '55555555']);
    expect(newGroups(now, new Set(['a', 'b', 'c', 'd', 'e', 'f', 'g']))).toEqual([]);
  });
});
