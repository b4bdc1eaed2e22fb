/**
 * What a coordinator should know about a package that is nonetheless imported.
 *
 * A package dated in the future is NOT refused: field laptops are offline for weeks and their
 * clocks drift or are set wrongly, and refusing their work would lose it (the peers' most common
 * complaint). Dates are shown to people, never used to order revisions, so a wrong clock cannot
 * make one change overwrite another; the coordinator is told, to check that laptop's clock.
 */
import type { LocalText } from '../questionnaire/model';
import type { Package } from './package-format';

export interface PackageWarning {
  code: 'clock-ahead';
  message: LocalText;
}

/** How far ahead of this computer's clock a time may be before it is pointed out. */
export const CLOCK_TOLERANCE_MS = 24 * 60 * 60 * 1000;

/** Warnings for an already checked package, given this computer's time. */
export function packageWarnings(pkg: Package, now: Date): PackageWarning[] {
  const limit = now.getTime() + CLOCK_TOLERANCE_MS;
  const times = [
    pkg.manifest.createdAt,
    ...pkg.content.responses.flatMap((response) => response.revisions.contents.map((leaf) => leaf.content.updatedAt)),
  ];
  const latest = times.reduce((max, time) => (time > max ? time : max), '');
  if (Date.parse(latest) <= limit) return [];
  const day = latest.slice(0, 10);
  return [
    {
      code: 'clock-ahead',
      message: {
        en: `The package holds times in the future (up to ${day}): the clock of the surveyor's computer is probably wrong. The data is imported; ask the surveyor to correct the clock.`,
        da: `Pakken indeholder tidspunkter i fremtiden (op til ${day}): uret på interviewerens computer går sandsynligvis forkert. Dataene indlæses; bed intervieweren rette uret.`,
      },
    },
  ];
}
