/** UI strings of the export screens (i18next namespace 'export'). Danish is the default language. */
export const exportStrings = {
  da: {
    button: 'Eksportér til Excel',
    working: 'Eksporterer …',
    done_one: 'Eksporteret {{n}} svar til {{file}}.',
    done_other: 'Eksporteret {{n}} svar til {{file}}.',
    truncated_one:
      '{{n}} tekst var længere end de 32.767 tegn, Excel tillader i en celle, og er afkortet: {{list}}.',
    truncated_other:
      '{{n}} tekster var længere end de 32.767 tegn, Excel tillader i en celle, og er afkortet: {{list}}.',
    cancelled: 'Eksporten blev annulleret. Der er ikke gemt nogen fil.',
    failed: 'Eksporten mislykkedes: {{message}}',
    tooManyRows: 'Der er for mange svar til ét Excel-ark (højst 1.048.575). Der er ikke gemt nogen fil.',
    tooLarge: 'Filen ville fylde {{size}}, mere end de {{limit}}, appen må gemme. Der er ikke gemt nogen fil.',
  },
  en: {
    button: 'Export to Excel',
    working: 'Exporting …',
    done_one: 'Exported {{n}} response to {{file}}.',
    done_other: 'Exported {{n}} responses to {{file}}.',
    truncated_one: '{{n}} text was longer than the 32,767 characters Excel allows in a cell and was cut: {{list}}.',
    truncated_other: '{{n}} texts were longer than the 32,767 characters Excel allows in a cell and were cut: {{list}}.',
    cancelled: 'The export was cancelled. No file was saved.',
    failed: 'The export failed: {{message}}',
    tooManyRows: 'There are too many responses for one Excel sheet (at most 1,048,575). No file was saved.',
    tooLarge: 'The file would take {{size}}, more than the {{limit}} the app may save. No file was saved.',
  },
} as const;
