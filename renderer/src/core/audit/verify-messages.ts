/** What verification says about a break or a recorded chain head, in Danish and English. */
import type { LocalText } from '../questionnaire/model';

export type BreakKind = 'hash-mismatch' | 'prev-hash-mismatch' | 'missing' | 'duplicate' | 'reordered' | 'malformed';
export type HeadStatus = 'ok' | 'mismatch' | 'missing';

/** The first 8 characters of a device id: enough to tell devices apart in a message. */
export const shortDevice = (deviceId: string): string => deviceId.slice(0, 8);

export function breakMessage(kind: BreakKind, deviceId: string, expected: number, found: number | null): LocalText {
  const d = shortDevice(deviceId);
  switch (kind) {
    case 'hash-mismatch':
      return {
        en: `Entry ${found} of computer ${d} has been changed: its content no longer matches its hash.`,
        da: `Post ${found} fra computer ${d} er ændret: indholdet passer ikke længere til dens kontrolsum.`,
      };
    case 'prev-hash-mismatch':
      return {
        en: `Entry ${found} of computer ${d} does not follow entry ${expected - 1}: an earlier entry was changed or replaced.`,
        da: `Post ${found} fra computer ${d} følger ikke efter post ${expected - 1}: en tidligere post er ændret eller erstattet.`,
      };
    case 'missing':
      return {
        en: `Entry ${expected} of computer ${d} is missing: the log goes from ${expected - 1} to ${found}.`,
        da: `Post ${expected} fra computer ${d} mangler: loggen springer fra ${expected - 1} til ${found}.`,
      };
    case 'duplicate':
      return { en: `Entry ${found} of computer ${d} appears twice.`, da: `Post ${found} fra computer ${d} findes to gange.` };
    case 'reordered':
      return {
        en: `The entries of computer ${d} are out of order: entry ${found} stands where entry ${expected} belongs.`,
        da: `Posterne fra computer ${d} er byttet om: post ${found} står, hvor post ${expected} hører hjemme.`,
      };
    case 'malformed':
      return {
        en: `An entry of computer ${d} is malformed: it lacks its place in the chain or its hash.`,
        da: `En post fra computer ${d} er beskadiget: den mangler sin plads i kæden eller sin kontrolsum.`,
      };
  }
}

export function headMessage(status: HeadStatus, deviceId: string, deviceSeq: number, source: string): LocalText {
  const d = shortDevice(deviceId);
  switch (status) {
    case 'ok':
      return {
        en: `The chain head recorded in ${source} (entry ${deviceSeq} of computer ${d}) matches the log.`,
        da: `Kædens endepunkt, som er registreret i ${source} (post ${deviceSeq} fra computer ${d}), passer med loggen.`,
      };
    case 'mismatch':
      return {
        en: `The chain head recorded in ${source} (entry ${deviceSeq} of computer ${d}) does not match the log: the log was rewritten after it was recorded.`,
        da: `Kædens endepunkt, som er registreret i ${source} (post ${deviceSeq} fra computer ${d}), passer ikke med loggen: loggen er skrevet om, efter endepunktet blev registreret.`,
      };
    case 'missing':
      return {
        en: `The chain head recorded in ${source} (entry ${deviceSeq} of computer ${d}) is no longer in the log: entries were removed after it was recorded.`,
        da: `Kædens endepunkt, som er registreret i ${source} (post ${deviceSeq} fra computer ${d}), findes ikke længere i loggen: poster er fjernet, efter endepunktet blev registreret.`,
      };
  }
}
