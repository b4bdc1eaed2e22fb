/** UI strings of the profile screens (i18next namespace 'profile'). Danish is the default language. */
export const profileStrings = {
  da: {
    firstStart: {
      title: 'Velkommen til Barometer Entry',
      intro:
        'Skriv dit navn og dine initialer. De står ved hver ændring, du laver, i revisionsloggen og ved de svar, du opretter.',
      name: 'Navn',
      nameHint: 'Dit fulde navn, som kollegerne kender det.',
      initials: 'Initialer',
      initialsHint: '1–4 bogstaver, f.eks. MHJ.',
      submit: 'Start',
      saving: 'Gemmer …',
      saveFailed: 'Profilen kunne ikke gemmes: {{message}}',
    },
    errors: {
      nameRequired: 'Skriv dit navn.',
      nameTooLong: 'Navnet må højst være 80 tegn.',
      initialsRequired: 'Skriv dine initialer.',
      initialsFormat: 'Initialer skal være 1–4 bogstaver uden mellemrum eller punktum.',
    },
    activeProfile: 'Aktiv profil: {{name}} ({{initials}})',
  },
  en: {
    firstStart: {
      title: 'Welcome to Barometer Entry',
      intro:
        'Enter your name and initials. They are recorded with every change you make, in the audit log and on the responses you create.',
      name: 'Name',
      nameHint: 'Your full name, as colleagues know it.',
      initials: 'Initials',
      initialsHint: '1–4 letters, e.g. MHJ.',
      submit: 'Start',
      saving: 'Saving …',
      saveFailed: 'The profile could not be saved: {{message}}',
    },
    errors: {
      nameRequired: 'Enter your name.',
      nameTooLong: 'The name may be at most 80 characters.',
      initialsRequired: 'Enter your initials.',
      initialsFormat: 'Initials are 1–4 letters without spaces or full stops.',
    },
    activeProfile: 'Active profile: {{name}} ({{initials}})',
  },
} as const;
