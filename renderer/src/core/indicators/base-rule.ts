/**
 * The one rule for the denominator (the base) of every indicator, in words: the workbook's About and
 * Codebook sheets and the dashboard state it from here, so the statement and `specs.ts` cannot drift.
 */
import type { LocalText } from '../questionnaire/model';

/** Below this many responses in its base a figure is flagged as too small to publish. */
export const SMALL_BASE = 30;

/** The rule in full (About, dashboard). */
export const BASE_RULE: LocalText = {
  da:
    'Nævneren for hver indikator er de medtagne besvarelser i indikatorens population (alle arbejdspladser, eller de innovative: innov_any = 1), ' +
    'der har besvaret indikatorens kildespørgsmål. Ubesvaret (stillet, men tomt, -99) tæller aldrig som «nej»: besvarelsen udgår af netop den indikators nævner. ' +
    '«Ved ikke» er et svar og bliver i nævneren som «ikke». innov_any kan kun udledes, når alle fire spørgsmål i afsnit B er besvaret eller ét er «ja»; ' +
    'civil_role er 1 ved en borger- eller frivilligrolle og 0 kun, når både initiator og collab_partner er besvaret. ' +
    `En tom kladde indgår derfor i ingen nævner. n er antallet af besvarelser i nævneren; under ${SMALL_BASE} er tallet markeret som for lille til at offentliggøre.`,
  en:
    "The denominator of every indicator is the responses included that are in the indicator's population (all workplaces, or innovators: innov_any = 1) " +
    "and answered the indicator's source question. Unanswered (asked but blank, -99) never counts as “no”: the response leaves that indicator's denominator only. " +
    '“Don\'t know” is an answer and stays in the denominator as “not”. innov_any is derivable only when all four section B questions are answered or one is “yes”; ' +
    'civil_role is 1 with a citizen or volunteer role and 0 only when both initiator and collab_partner are answered. ' +
    `So an empty draft is in no denominator. n is the number of responses in the denominator; below ${SMALL_BASE} a figure is flagged as too small to publish.`,
};

/** Which responses are included, per consumer. */
export const INCLUDED_RESPONSES = {
  workbook: {
    da: 'Medtagne besvarelser: besvarelserne i denne eksport (udvalget ovenfor; vælg «Afsluttede besvarelser» for at udelade kladder).',
    en: 'Responses included: those in this export (the selection above; choose “Completed responses” to leave drafts out).',
  },
  dashboard: {
    da: 'Medtagne besvarelser: afsluttede og godkendte; kladder kun, når «Alle (ikke slettede)» er valgt.',
    en: 'Responses included: completed and approved ones; drafts only when “All (not deleted)” is chosen.',
  },
} as const satisfies Record<string, LocalText>;

/** The variables each indicator's base depends on (the Codebook's `indicator_base` column). */
export const INDICATOR_SOURCES: Readonly<Record<string, readonly string[]>> = {
  innov_any: ['I1'],
  innov_product: ['I1', 'I2'],
  innov_service: ['I1', 'I2'],
  innov_process: ['I1', 'I2'],
  innov_comm: ['I1', 'I2'],
  novelty: ['I3'],
  collab_partner: ['I4', 'I5', 'I7'],
  initiator: ['I5', 'I7', 'I9'],
  civil_role: ['I5', 'I7'],
  value: ['I6', 'I7'],
  evaluated: ['I8'],
  tech_role: ['I10'],
};

/** The Codebook text for a variable the indicators read, or '' (English: the Codebook's technical columns are). */
export function indicatorBaseNote(variable: string): string {
  const ids = INDICATOR_SOURCES[variable];
  if (!ids) return '';
  return `Read by ${ids.join(', ')}. A response that left it unanswered (-99) is out of those indicators' denominator, never counted as "no"; "don't know" stays in. See About.`;
}
