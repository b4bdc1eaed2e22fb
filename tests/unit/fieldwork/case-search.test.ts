/** Searching the sample for a response's case: words anywhere in id, name, address or city; the response's own workplace first. */
import { describe, expect, it } from 'vitest';
import { matchingCases } from '../../../renderer/src/core/fieldwork/case-search';

const c = (id: string, name: string, city = '', address = '', postcode = '') => ({ id, frame: { name, city, address, postcode } });
const CASES = [
  c('11111111', 'Skolen Nord', 'Aarhus', 'Nørregade 1', '8000'),
  c('22222222', 'Skolen Syd', 'Århus', 'Sydvej 2', '8000'),
  c('33333333', 'Regionshospitalet', 'Viborg'),
  c('4444444444', 'Skolen Nord', 'Odense'),
];
const ids = (list: readonly { id: string }[]) => list.map((x) => x.id);

describe('finding a case', () => {
  it('an empty search lists every case, in order', () => {
    expect(ids(matchingCases(CASES, '  ', {}))).toEqual(['11111111', '22222222', '33333333', '4444444444']);
  });

  it('every word must occur somewhere in the case, in any case of letters', () => {
    expect(ids(matchingCases(CASES, 'skolen', {}))).toEqual(['11111111', '22222222', '4444444444']);
    expect(ids(matchingCases(CASES, 'SKOLEN  nord', {}))).toEqual(['11111111', '4444444444']);
    expect(ids(matchingCases(CASES, 'nord odense', {}))).toEqual(['4444444444']);
    expect(ids(matchingCases(CASES, '8000 sydvej', {}))).toEqual(['22222222']);
    expect(ids(matchingCases(CASES, '3333', {}))).toEqual(['33333333']);
    // Danish letters are letters of their own: "århus" is not "aarhus", "nør" only in Nørregade.
    expect(ids(matchingCases(CASES, 'århus', {}))).toEqual(['22222222']);
    expect(ids(matchingCases(CASES, 'nør', {}))).toEqual(['11111111']);
    expect(matchingCases(CASES, 'museet', {})).toEqual([]);
  });

  it('the case with the response’s workplace id first, then those with its workplace name', () => {
    expect(ids(matchingCases(CASES, '', { workplace_id: '4444444444' }))).toEqual(['4444444444', '11111111', '22222222', '33333333']);
    expect(ids(matchingCases(CASES, '', { workplace_name: ' regionshospitalet ' }))).toEqual(['33333333', '11111111', '22222222', '4444444444']);
    expect(ids(matchingCases(CASES, 'skolen', { workplace_id: '22222222', workplace_name: 'Skolen Nord' }))).toEqual(['22222222', '11111111', '4444444444']);
  });
});
