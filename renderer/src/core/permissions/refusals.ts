/** Why an action is refused, in Danish and English: shown to the user as is. */
import type { LocalText } from '../questionnaire/model';

const text = (en: string, da: string): LocalText => ({ en, da });

export const refusals = {
  auditorChangesNothing: text(
    'Auditors read, review and comment; they do not enter or change data.',
    'Revisorer læser, gennemgår og kommenterer; de taster ikke data ind og ændrer intet.',
  ),
  notOwn: text(
    'Only the surveyor who created this response, or a coordinator, can do this.',
    'Kun intervieweren, der oprettede besvarelsen, eller en koordinator kan gøre dette.',
  ),
  completedReopenFirst: text(
    'The response is completed: reopen it to edit it.',
    'Besvarelsen er afsluttet: genåbn den for at rette.',
  ),
  approvedCoordinatorOnly: text(
    'The response is approved: only a coordinator can change it, with a reason.',
    'Besvarelsen er godkendt: kun en koordinator kan ændre den, med en begrundelse.',
  ),
  completeWrongStatus: text(
    'Only a draft or a rejected response can be marked as completed.',
    'Kun en kladde eller en afvist besvarelse kan markeres som afsluttet.',
  ),
  alreadyDraft: text('The response is already a draft.', 'Besvarelsen er allerede en kladde.'),
  rejectedFixInPlace: text(
    'A rejected response is edited as it is: fix it and mark it as completed again.',
    'En afvist besvarelse rettes, som den er: ret den, og marker den som afsluttet igen.',
  ),
  reviewAuditorOnly: text('Only an auditor can approve or reject a response.', 'Kun en revisor kan godkende eller afvise en besvarelse.'),
  approveWrongStatus: text('Only a completed response can be approved.', 'Kun en afsluttet besvarelse kan godkendes.'),
  rejectWrongStatus: text(
    'Only a completed or approved response can be rejected.',
    'Kun en afsluttet eller godkendt besvarelse kan afvises.',
  ),
  deleteDraftOnly: text(
    'A surveyor can delete or restore only a draft; ask a coordinator.',
    'En interviewer kan kun slette eller gendanne en kladde; spørg en koordinator.',
  ),
  commentOwnOnly: text(
    'Surveyors comment only on their own responses.',
    'Interviewere kan kun kommentere deres egne besvarelser.',
  ),
  coordinatorOnly: text('Only a coordinator can do this.', 'Kun en koordinator kan gøre dette.'),
  reviewersOnly: text('Only an auditor or a coordinator can do this.', 'Kun en revisor eller en koordinator kan gøre dette.'),
  privilegedProfile: text(
    'Only a coordinator can create coordinator and auditor profiles.',
    'Kun en koordinator kan oprette profiler for koordinatorer og revisorer.',
  ),
  auditorSendsNothing: text(
    'Auditors enter no data, so they have nothing to send; a coordinator imports packages.',
    'Revisorer taster ikke data ind og har derfor intet at sende; en koordinator indlæser pakker.',
  ),
  preloadedCoordinatorOnly: text(
    'This answer comes from the sample frame: only a coordinator can change it, with a reason.',
    'Svaret kommer fra stikprøven: kun en koordinator kan ændre det, med en begrundelse.',
  ),
  notAssigned: text(
    'This workplace is not assigned to you: ask the coordinator to assign it.',
    'Arbejdspladsen er ikke tildelt dig: bed koordinatoren om at tildele den.',
  ),
  notAddressed: text(
    'This package from the coordinator is for another profile: sign in as the surveyor it names.',
    'Denne pakke fra koordinatoren er til en anden profil: log ind som den interviewer, den nævner.',
  ),
  secondKeyerOther: text(
    'A response is verified by a different profile than the one that keyed it first.',
    'En besvarelse verificeres af en anden profil end den, der tastede den første gang.',
  ),
  ownPinOnly: text('You can change only your own PIN.', 'Du kan kun ændre din egen pinkode.'),
} as const;
