/** Strings shared by every screen (i18next namespace 'common'). */
export const commonStrings = {
  da: {
    appName: 'Barometer Entry',
    language: 'Sprog',
    danish: 'Dansk',
    english: 'English',
    cancel: 'Annuller',
    close: 'Luk',
    save: 'Gem',
    back: 'Tilbage',
  },
  en: {
    appName: 'Barometer Entry',
    language: 'Language',
    danish: 'Dansk',
    english: 'English',
    cancel: 'Cancel',
    close: 'Close',
    save: 'Save',
    back: 'Back',
  },
} as const;
