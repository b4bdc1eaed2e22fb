/**
 * The navigation each role sees, written out by hand: one table of screens decides it, through the
 * roles table; "Besvarelser" always first.
 */
import { describe, expect, it } from 'vitest';
import { mayOpen, navFor } from '../../../renderer/src/core/navigation/nav-model';
import { HOME_PATH, pathOf, SCREENS } from '../../../renderer/src/core/navigation/screens';
import { can } from '../../../renderer/src/core/permissions/permissions';
import { ROLES } from '../../../renderer/src/core/permissions/roles';

const items = (role: (typeof ROLES)[number]) => navFor(role).map((s) => `${s.group}: ${s.items.map((i) => i.id).join(', ')}`);

describe('the navigation of each role', () => {
  it('a surveyor: the responses and verification, their cases, send and import, profiles and about', () => {
    expect(items('surveyor')).toEqual(['entry: responses, verification', 'fieldwork: assignments', 'exchange: exchange', 'settings: profiles, about']);
  });

  it('a coordinator: everything', () => {
    expect(items('coordinator')).toEqual([
      'entry: responses, verification',
      'fieldwork: sample, assignments',
      'control: review, quality, audit, keyer-statistics',
      'analysis: indicators, weights',
      'exchange: exchange, overview, conflicts, duplicates',
      'settings: profiles, questionnaires, about',
    ]);
  });

  it('an auditor: the responses to read, control and indicators; nothing to send, no weights', () => {
    expect(items('auditor')).toEqual(['entry: responses', 'control: review, quality, audit, keyer-statistics', 'analysis: indicators', 'settings: profiles, about']);
  });

  it.each(ROLES)('%s: an item is shown exactly when can() allows its screen', (role) => {
    const shown = new Set(navFor(role).flatMap((s) => s.items.map((i) => i.id)));
    for (const spec of SCREENS) {
      if (spec.group === null) continue;
      expect(shown.has(spec.id), spec.id).toBe(can(role, spec.action).allowed);
      expect(mayOpen(role, spec)).toBe(can(role, spec.action).allowed);
    }
    expect(navFor(role)[0]?.items[0]?.id).toBe('responses');
  });
});

describe('the screen table', () => {
  it('starts on the response list and names each path once', () => {
    expect(HOME_PATH).toBe('/responses');
    expect(new Set(SCREENS.map((s) => s.path)).size).toBe(SCREENS.length);
    expect(new Set(SCREENS.map((s) => s.id)).size).toBe(SCREENS.length);
  });

  it('fills in (and encodes) a response id', () => {
    expect(pathOf('response', { responseId: 'a b/c' })).toBe('/responses/a%20b%2Fc');
    expect(pathOf('history', { responseId: 'r1' })).toBe('/responses/r1/history');
    expect(() => pathOf('response')).toThrow(/needs a response id/);
  });

  it('a screen reached from another marks its owner in the navigation', () => {
    expect(SCREENS.find((s) => s.id === 'response')?.navOwner).toBe('responses');
    expect(SCREENS.find((s) => s.id === 'history')?.navOwner).toBe('responses');
    expect(SCREENS.find((s) => s.id === 'verify')?.navOwner).toBe('verification');
    expect(SCREENS.find((s) => s.id === 'resolve-verification')?.navOwner).toBe('verification');
  });
});
