/** Why one incoming response is refused while the rest of its package is imported. */
import type { LocalText } from '../questionnaire/model';

export const refusal = {
  questionnaireClash: (id: string, version: string): LocalText => ({
    en: `Its questionnaire (${id}, version ${version}) differs from the questionnaire of the same name and version on this computer. Give the changed questionnaire a new version number, then send again.`,
    da: `Dens spørgeskema (${id}, version ${version}) er forskelligt fra spørgeskemaet med samme navn og version på denne computer. Giv det ændrede spørgeskema et nyt versionsnummer, og send igen.`,
  }),
  identityClash: (field: string): LocalText => ({
    en: `A response with the same id is already on this computer but with a different ${field}: they cannot be the same response. Check both with the surveyors.`,
    da: `En besvarelse med samme id findes allerede på denne computer, men med et andet ${field}: de kan ikke være den samme besvarelse. Undersøg begge med interviewerne.`,
  }),
  historyClash: (rev: string): LocalText => ({
    en: `Its history contradicts the history on this computer at revision ${rev.slice(0, 12)}: one of them was altered. The response on this computer is kept as it is.`,
    da: `Dens historik modsiger historikken på denne computer ved revision ${rev.slice(0, 12)}: en af dem er ændret. Besvarelsen på denne computer beholdes, som den er.`,
  }),
  unknownReviewer: (status: 'approved' | 'rejected', name: string): LocalText => ({
    en: `It arrives ${status === 'approved' ? 'approved' : 'rejected'} by ${name}, whom this computer does not know as an auditor or coordinator: a decision made on a computer without this coordinator's profiles is not accepted. Nothing of the response was imported; reviews are made on the coordinator's computer.`,
    da: `Den kommer ${status === 'approved' ? 'godkendt' : 'afvist'} af ${name}, som denne computer ikke kender som revisor eller koordinator: en afgørelse truffet på en computer uden denne koordinators profiler modtages ikke. Intet fra besvarelsen er importeret; gennemgang sker på koordinatorens computer.`,
  }),
};
