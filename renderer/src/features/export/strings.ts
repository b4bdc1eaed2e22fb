/** UI strings of the export screens (i18next namespace 'export'). Danish is the default language. */
export const exportStrings = {
  da: {},
  en: {},
} as const;
