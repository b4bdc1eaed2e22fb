/** Why an action is refused, in Danish and English: shown to the user as is. */
import type { LocalText } from '../questionnaire/model';

const text = (en: string, da: string): LocalText => ({ en, da });

export const refusals = {
  auditorChangesNothing: text(
    'Auditors read, review and comment; they do not enter or change data.',
    'Revisorer læser, godkender og kommenterer; de indtaster og ændrer ikke data.',
  ),
  notOwn: text(
    'Only the surveyor who created this response, or a coordinator, can do this.',
    'Kun intervieweren, der oprettede svaret, eller en koordinator kan gøre dette.',
  ),
  completedReopenFirst: text(
    'The response is completed: reopen it to edit it.',
    'Svaret er markeret som færdigt: genåbn det for at rette.',
  ),
  approvedCoordinatorOnly: text(
    'The response is approved: only a coordinator can change it, with a reason.',
    'Svaret er godkendt: kun en koordinator kan ændre det, med en begrundelse.',
  ),
  completeWrongStatus: text(
    'Only a draft or a rejected response can be marked as completed.',
    'Kun en kladde eller et afvist svar kan markeres som færdigt.',
  ),
  alreadyDraft: text('The response is already a draft.', 'Svaret er allerede en kladde.'),
  rejectedFixInPlace: text(
    'A rejected response is edited as it is: fix it and mark it as completed again.',
    'Et afvist svar rettes, som det er: ret det og marker det som færdigt igen.',
  ),
  reviewAuditorOnly: text('Only an auditor can approve or reject a response.', 'Kun en revisor kan godkende eller afvise et svar.'),
  approveWrongStatus: text('Only a completed response can be approved.', 'Kun et færdigt svar kan godkendes.'),
  rejectWrongStatus: text(
    'Only a completed or approved response can be rejected.',
    'Kun et færdigt eller godkendt svar kan afvises.',
  ),
  deleteDraftOnly: text(
    'A surveyor can delete or restore only a draft; ask a coordinator.',
    'En interviewer kan kun slette eller gendanne en kladde; spørg en koordinator.',
  ),
  commentOwnOnly: text(
    'Surveyors comment only on their own responses.',
    'Interviewere kan kun kommentere deres egne svar.',
  ),
  coordinatorOnly: text('Only a coordinator can do this.', 'Kun en koordinator kan gøre dette.'),
  reviewersOnly: text('Only an auditor or a coordinator can do this.', 'Kun en revisor eller en koordinator kan gøre dette.'),
  privilegedProfile: text(
    'Only a coordinator can create coordinator and auditor profiles.',
    'Kun en koordinator kan oprette profiler for koordinatorer og revisorer.',
  ),
  ownPinOnly: text('You can change only your own PIN.', 'Du kan kun ændre din egen pinkode.'),
} as const;
