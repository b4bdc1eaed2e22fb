/**
 * «Dubletter» compares two responses to one workplace; keyed in two editions, an option one edition
 * renamed (2027.1's national was 2024.1's state) is the same answer under both codes.
 */
import { describe, expect, it } from 'vitest';
import { editionSet } from '../../../renderer/src/core/editions/edition-set';
import type { Answers } from '../../../renderer/src/core/questionnaire/model';
import type { DuplicateSide } from '../../../renderer/src/db/duplicate-repository';
import { sideBySideRows } from '../../../renderer/src/features/duplicates/side-by-side-rows';
import { compiled } from './editions-fixture';
import { strata2024, strata2027 } from './strata-fixture';

const q24 = compiled(strata2024);
const q27 = compiled(strata2027);
const set = editionSet([q24, q27]);

const side = (id: string, version: string, answers: Answers): DuplicateSide => ({
  id, key: id.toUpperCase(), status: 'completed', revision: 1, questionnaireId: 'strata-test', questionnaireVersion: version, answers,
  createdAt: '2027-01-01T10:00:00.000Z', createdByName: 'Anna', updatedAt: '2027-01-01T10:00:00.000Z', updatedByName: 'Anna',
  where: { deviceId: null, thisComputer: false, lastPackage: null }, caseId: null,
});

describe('the side-by-side rows across editions', () => {
  const a = side('a', '2024.1', { sector_level: 'state', policy_area: 'health' });
  const b = side('b', '2027.1', { sector_level: 'national', policy_area: 'school' });
  const editions = [q24, q27];
  const codesOf = (i: number, name: string) => set.codeMap(editions[i]!, name);

  it('agree on state and national (a rename), differ on health and school', () => {
    expect(sideBySideRows([a, b], q24, codesOf)).toEqual({ differing: ['policy_area'], agreeing: ['sector_level'] });
  });

  it('compared code for code (one edition, no renames), state and national differ', () => {
    expect(sideBySideRows([a, b], q24)).toEqual({ differing: ['sector_level', 'policy_area'], agreeing: [] });
  });

  it('ticks renamed on one side only are compared in one order: the same options in another order agree', () => {
    // 2024.1's state is 2027.1's national; the 2027.1 side (codes unchanged) lists its ticks in another order.
    const e = side('e', '2024.1', { sector_level: 'municipality', policy_area: 'health', kinds: ['state', 'municipality'] });
    const f = side('f', '2027.1', { sector_level: 'municipality', policy_area: 'health', kinds: ['national', 'municipality'] });
    const codes = (i: number) => set.codeMap([q24, q27][i]!, 'sector_level');
    expect(sideBySideRows([e, f], q24, codes).differing).toEqual([]);
  });

  it('a code only the older edition has (other) still differs from every code of the newer one', () => {
    const c = side('c', '2024.1', { sector_level: 'other', policy_area: 'health' });
    const d = side('d', '2027.1', { sector_level: 'national', policy_area: 'health' });
    const codes = (i: number, name: string) => set.codeMap([q24, q27][i]!, name);
    expect(sideBySideRows([c, d], q24, codes)).toEqual({ differing: ['sector_level'], agreeing: ['policy_area'] });
  });
});
