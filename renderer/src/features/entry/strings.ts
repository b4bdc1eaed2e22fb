/** UI strings of the entry screens (i18next namespace 'entry'). Danish is the default language. */
export const entryStrings = {
  da: {},
  en: {},
} as const;
