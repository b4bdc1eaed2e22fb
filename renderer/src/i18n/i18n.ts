import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Lang } from '../core/questionnaire/model';
import { commonStrings } from './common-strings';
import { entryStrings } from '../features/entry/strings';
import { responsesStrings } from '../features/responses/strings';
import { settingsStrings } from '../features/settings/strings';
import { profileStrings } from '../features/profile/strings';
import { exportStrings } from '../features/export/strings';
import { weightsStrings } from '../features/weights/strings';
import { questionnairesStrings } from '../features/questionnaires/strings';
import { dashboardStrings } from '../features/dashboard/strings';
import { auditStrings } from '../features/audit/strings';
import { historyStrings } from '../features/history/strings';
import { qualityStrings } from '../features/quality/strings';
import { reviewStrings } from '../features/review/strings';
import { conflictsStrings } from '../features/conflicts/strings';
import { duplicatesStrings } from '../features/duplicates/strings';
import { overviewStrings } from '../features/overview/strings';
import { exchangeStrings } from '../features/exchange/strings';
import { fieldworkStrings } from '../features/fieldwork/strings';
import { navStrings } from '../app/nav-strings';
import { verificationStrings } from '../features/verification/strings';

export const namespaces = {
  common: commonStrings,
  entry: entryStrings,
  responses: responsesStrings,
  settings: settingsStrings,
  profile: profileStrings,
  export: exportStrings,
  weights: weightsStrings,
  questionnaires: questionnairesStrings,
  dashboard: dashboardStrings,
  audit: auditStrings,
  history: historyStrings,
  quality: qualityStrings,
  review: reviewStrings,
  conflicts: conflictsStrings,
  duplicates: duplicatesStrings,
  overview: overviewStrings,
  exchange: exchangeStrings,
  fieldwork: fieldworkStrings,
  verification: verificationStrings,
  nav: navStrings,
} as const;

function resourcesFor(lang: Lang): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [ns, strings] of Object.entries(namespaces)) out[ns] = strings[lang];
  return out;
}

/** Initialises i18next (Danish by default; English on request). Safe to call more than once. */
export async function initI18n(lang: Lang = 'da'): Promise<typeof i18next> {
  if (!i18next.isInitialized) {
    await i18next.use(initReactI18next).init({
      lng: lang,
      fallbackLng: 'da',
      resources: { da: resourcesFor('da'), en: resourcesFor('en') },
      defaultNS: 'common',
      interpolation: { escapeValue: false }, // React escapes
      returnNull: false,
    });
  } else if (i18next.language !== lang) {
    await i18next.changeLanguage(lang);
  }
  document.documentElement.lang = lang;
  return i18next;
}
