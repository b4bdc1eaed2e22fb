/**
 * The About sheet: what this workbook is (when, by whom, from which app and questionnaire, which
 * responses), how to read it (weighting, missing codes, neutralised texts) and how to check it
 * (row counts, the data checksum and its definition, every truncated cell).
 */
import { BASE_RULE, INCLUDED_RESPONSES } from '../indicators/base-rule';
import type { Lang } from '../questionnaire/model';
import { weightDiagnostics, type WeightSet } from '../weights';
import type { CellValue, Truncation } from './data-rows';
import { timeZoneStatement } from './excel-date';
import { NOT_IN_EDITION_CODE, UNANSWERED_CODE } from './missing-codes';
import { EXCEL_MAX_CELL_CHARS, safeCellText } from './neutralise-formula';
import { CHECKSUM_DEFINITION } from './row-checksum';
import type { SheetData } from './xlsx-writer';

export const ABOUT_SHEET_NAME = 'About';

/** At most this many truncated cells are listed one by one (all are counted). */
export const MAX_LISTED_TRUNCATIONS = 1_000;

export type ExportContent = 'codes' | 'labels' | 'both';
export type AuditInclusion = 'included' | 'not-requested' | 'unavailable';

export interface AboutInfo {
  exportedAt: Date;
  exportedBy: string;
  appVersion: string;
  questionnaireId: string;
  questionnaireVersion: string;
  /**
   * A workbook across editions: every edition's version, oldest first (the last is
   * `questionnaireVersion`, the reference whose codes name the columns).
   */
  editions?: readonly string[];
  /** The selection in words (`describeSelection`). */
  selection: string;
  /** Responses on the device that are not deleted, when known. */
  storedCount: number | null;
  exportedCount: number;
  sheetRows: readonly { name: string; rows: number }[];
  content: ExportContent;
  labelLanguage: Lang;
  /** The names of the free-text columns (`isFreeTextColumn`). */
  freeTextColumns: readonly string[];
  /** "Free text without −99" was chosen (absent: no). */
  plainText?: boolean;
  weights: WeightSet;
  /** Said when a stored population table could not be used. */
  populationProblem?: string;
  checksum: { sheet: string; hex: string };
  truncated: readonly Truncation[];
  audit: AuditInclusion;
}

const W = {
  da: {
    title: 'Innovationsbarometeret – dataudtræk', exportedAt: 'Eksporteret', timeZone: 'Tidszone for alle tidspunkter',
    exportedBy: 'Eksporteret af', app: 'App-version', questionnaire: 'Spørgeskema', version: 'Spørgeskemaversion',
    selection: 'Udvalg', stored: 'Besvarelser på computeren (ikke slettede)', exported: 'Besvarelser i eksporten', rows: 'Datarækker i',
    content: 'Indhold', codes: 'Koder (Data)', labels: 'Tekster (Labels)', both: 'Koder (Data) og tekster (Labels)', language: 'Sprog i Labels',
    weighting: 'Vægtning', collapsed: 'Sammenvægtede strata', weightSpread: 'Vægtenes spredning', indicators: 'Indikatorer', base: 'Indikatorernes nævner', uncertainty: 'Usikkerhed', missing: 'Manglende værdier', freeText: 'Fritekst', neutral: 'Tekster, der ligner formler',
    checksum: 'SHA-256 af', definition: 'Kontrolsummens definition', truncatedCount: 'Afkortede celler', truncated: 'Afkortet',
    audit: 'Revisionslog (Audit)', more: 'flere afkortede celler er ikke listet',
    editions: 'Udgaver i arbejdsbogen',
    editionsText: (versions: string, reference: string) =>
      `${versions}. Kolonnerne er foreningsmængden af udgavernes variable: udgave ${reference}s i dens rækkefølge, en variabel kun ældre udgaver har (et udgået spørgsmål) lige efter den variabel, der står før den i den nyeste udgave, der har den. Svarmuligheder, der har fået en ny kode, står under udgave ${reference}s kode (den nye udgave erklærer den gamle kode: previous_name); se Codebook (editions, renamed_options). Kolonnen questionnaire_version siger, hvilken udgave hver besvarelse er indtastet i.`,
    notInEdition: `${NOT_IN_EDITION_CODE} = variablen (eller svarmuligheden) findes ikke i den udgave, besvarelsen er indtastet i.`,
  },
  en: {
    title: 'The Innovation Barometer – data export', exportedAt: 'Exported at', timeZone: 'Time zone of all times',
    exportedBy: 'Exported by', app: 'App version', questionnaire: 'Questionnaire', version: 'Questionnaire version',
    selection: 'Selection', stored: 'Responses on the device (not deleted)', exported: 'Responses exported', rows: 'Data rows in',
    content: 'Content', codes: 'Codes (Data)', labels: 'Labels (Labels)', both: 'Codes (Data) and labels (Labels)', language: 'Language of Labels',
    weighting: 'Weighting', collapsed: 'Collapsed strata', weightSpread: 'Spread of the weights', indicators: 'Indicators', base: 'Indicator denominator', uncertainty: 'Uncertainty', missing: 'Missing values', freeText: 'Free text', neutral: 'Texts that look like formulas',
    checksum: 'SHA-256 of', definition: 'Checksum definition', truncatedCount: 'Truncated cells', truncated: 'Truncated',
    audit: 'Audit log (Audit)', more: 'more truncated cells are not listed',
    editions: 'Editions in the workbook',
    editionsText: (versions: string, reference: string) =>
      `${versions}. The columns are the union of the editions' variables: edition ${reference}'s in its order, a variable only older editions have (a retired question) right after the variable that precedes it in the newest edition holding it. Options given a new code stand under edition ${reference}'s code (the new edition declares the old code: previous_name); see Codebook (editions, renamed_options). The questionnaire_version column says which edition each response was keyed in.`,
    notInEdition: `${NOT_IN_EDITION_CODE} = the variable (or the option) is not in the edition the response was keyed in.`,
  },
} as const;

const STATEMENTS = {
  da: {
    unweighted: 'Uvægtet: der er ingen populationstabel, så alle vægte er 1, og de "vægtede" andele er lig de uvægtede.',
    weighted: (w: WeightSet) =>
      `Vægtet: w = N_h / r_h over strata (${w.dimensions.join(' × ')}); ${w.flagged.length} strata uden brugbart antal og ${w.unclassified.length} svar uden stratum har ingen vægt og indgår kun i de uvægtede tal. Se Weights.`,
    collapsed: (w: WeightSet) =>
      w.collapses.applied.length === 0
        ? 'Ingen: hvert stratum vægtes for sig.'
        : `En koordinator har vægtet små strata sammen med et navngivet nabostratum (som ét stratum, også i standardfejlen): ${collapseList(w, 'da')}. Se Weights (weighting_stratum).` +
          (w.collapses.ignored.length > 0 ? ` ${w.collapses.ignored.length} gemte sammenvægtninger passer ikke til populationstabellen og er ikke brugt.` : ''),
    spread: (w: WeightSet) => spreadText(w, 'da'),
    indicators: `Beregnet over svarene i denne eksport (Data-arkets værdier). ${INCLUDED_RESPONSES.workbook.da}`,
    uncertainty:
      'Indicators-arket: se = standardfejl for den vægtede andel ved stratificeret stikprøve (vægtningens strata, endelighedskorrektion 1 − r_h/N_h, Taylor-linearisering; I7-forholdet ved deltametoden i ratio_se), ' +
      'ci_low/ci_high = 95 %-interval (vægtet ± 1,96·se, inden for 0–100 %), deff = designeffekt, n_effective = effektivt n, small_base = 1 når n < 30 (for lille til at offentliggøre). ' +
      'Uden populationstabel: simpel tilfældig stikprøve. Formler: docs/indicators-method.md; samme resultat som R survey (svydesign(strata, fpc) + svymean).',
    missing: `Tom celle = sprunget over (ikke stillet). ${UNANSWERED_CODE} = stillet, men ikke besvaret (for afledte variable: kunne ikke udledes). "Ved ikke" er et svar med sin egen kode (dk), aldrig en manglende værdi. Se Codebook.`,
    freeText: (plain: boolean, names: string) =>
      plain
        ? `Valgt ved eksporten: "Fritekst uden -99 (et ubesvaret tekstfelt står tomt)". Fritekstkolonnerne (${names}) er ren tekst: tom celle = ikke besvaret eller sprunget over; ${UNANSWERED_CODE} bruges ikke i dem. Alle andre kolonner har ${UNANSWERED_CODE} som ovenfor.`
        : `Fritekstkolonnerne (${names}) har ${UNANSWERED_CODE} for ikke besvaret som alle andre kolonner (eksportvalget "Fritekst uden -99" er ikke valgt).`,
    neutral: 'En tekst, der begynder med = + - @, tabulator eller vognretur, har fået en apostrof foran, så den aldrig kan blive en formel. Tal er tal. Arbejdsbogen indeholder ingen formler. En tekst over 32.767 tegn (det, Excel kan have i én celle) er afkortet til 32.767 tegn efter apostroffen; afkortninger i Data og Labels står nedenfor.',
    audit: { included: 'Med (arket Audit).', 'not-requested': 'Ikke med (ikke valgt).', unavailable: 'Ikke med: kun koordinatorer og revisorer må eksportere revisionsloggen.' },
  },
  en: {
    unweighted: 'Unweighted: there is no population table, so every weight is 1 and the "weighted" shares equal the unweighted ones.',
    weighted: (w: WeightSet) =>
      `Weighted: w = N_h / r_h over strata (${w.dimensions.join(' × ')}); ${w.flagged.length} strata without a usable count and ${w.unclassified.length} responses without a stratum have no weight and count in the unweighted figures only. See Weights.`,
    collapsed: (w: WeightSet) =>
      w.collapses.applied.length === 0
        ? 'None: every stratum is weighted on its own.'
        : `A coordinator collapsed small strata into a named neighbouring stratum (weighted as one stratum, in the standard errors too): ${collapseList(w, 'en')}. See Weights (weighting_stratum).` +
          (w.collapses.ignored.length > 0 ? ` ${w.collapses.ignored.length} stored collapses do not fit the population table and are not used.` : ''),
    spread: (w: WeightSet) => spreadText(w, 'en'),
    indicators: `Computed over the responses in this export (the values of the Data sheet). ${INCLUDED_RESPONSES.workbook.en}`,
    uncertainty:
      'Indicators sheet: se = standard error of the weighted share for a stratified sample (the weighting strata, finite-population correction 1 − r_h/N_h, Taylor linearisation; the I7 ratio by the delta method in ratio_se), ' +
      'ci_low/ci_high = 95 % interval (weighted ± 1.96·se, within 0–100 %), deff = design effect, n_effective = effective n, small_base = 1 when n < 30 (too small to publish). ' +
      'Without a population table: a simple random sample. Formulas: docs/indicators-method.md; the same result as R survey (svydesign(strata, fpc) + svymean).',
    missing: `Empty cell = skipped (not asked). ${UNANSWERED_CODE} = asked but not answered (derived variables: could not be derived). "Don't know" is an answer with its own code (dk), never a missing value. See Codebook.`,
    freeText: (plain: boolean, names: string) =>
      plain
        ? `Chosen for this export: "Free text without -99 (an unanswered text field is left empty)". The free-text columns (${names}) are plain text: empty cell = not answered or skipped; ${UNANSWERED_CODE} is not used in them. Every other column has ${UNANSWERED_CODE} as above.`
        : `The free-text columns (${names}) have ${UNANSWERED_CODE} for not answered like every other column (the export choice "Free text without -99" was not made).`,
    neutral: 'A text beginning with = + - @, tab or carriage return has an apostrophe put in front, so it can never become a formula. Numbers stay numbers. The workbook contains no formulas. A text over 32,767 characters (what Excel holds in one cell) is cut to 32,767 characters after the apostrophe; cuts in Data and Labels are listed below.',
    audit: { included: 'Included (sheet Audit).', 'not-requested': 'Not included (not chosen).', unavailable: 'Not included: only coordinators and auditors may export the audit log.' },
  },
} as const;

function collapseList(w: WeightSet, lang: Lang): string {
  const label = (key: string) => w.strata.find((s) => s.key === key)?.label[lang] ?? key;
  return w.collapses.applied.map((c) => `${label(c.from)} → ${label(c.into)}`).join('; ');
}

/** The spread in one sentence (numbers as the sheet's cells are: plain, rounded for reading). */
function spreadText(w: WeightSet, lang: Lang): string {
  const d = weightDiagnostics(w);
  const sp = d?.spread;
  if (!d || !sp) return lang === 'da' ? 'Ingen svar har en vægt.' : 'No response has a weight.';
  const f = (x: number) => x.toLocaleString(lang === 'da' ? 'da-DK' : 'en-GB', { maximumFractionDigits: 3 });
  return lang === 'da'
    ? `Σw = ${f(d.totalWeight)} mod N = ${f(d.totalN)}; vægte fra ${f(sp.min)} til ${f(sp.max)} (forhold ${f(sp.ratio)}), gennemsnit ${f(sp.mean)}, CV ${f(sp.cv)}; Kishs designeffekt 1 + CV² = ${f(sp.deff)}, effektivt n ${f(sp.effectiveN)} af ${f(sp.respondents)}. ${d.empty.length} strata uden svar, ${d.single.length} med ét svar. Se Weights.`
    : `Σw = ${f(d.totalWeight)} against N = ${f(d.totalN)}; weights from ${f(sp.min)} to ${f(sp.max)} (ratio ${f(sp.ratio)}), mean ${f(sp.mean)}, CV ${f(sp.cv)}; Kish's design effect 1 + CV² = ${f(sp.deff)}, effective n ${f(sp.effectiveN)} of ${f(sp.respondents)}. ${d.empty.length} strata without responses, ${d.single.length} with one. See Weights.`;
}

/** The About sheet in `lang` (the checksum definition is a technical specification, in English). */
export function aboutSheet(info: AboutInfo, lang: Lang): SheetData {
  const w = W[lang];
  const s = STATEMENTS[lang];
  const rows: CellValue[][] = [
    ['item', 'value'],
    [w.title, null],
    [w.exportedAt, info.exportedAt],
    [w.timeZone, timeZoneStatement(info.exportedAt, lang)],
    [w.exportedBy, info.exportedBy],
    [w.app, info.appVersion],
    [w.questionnaire, info.questionnaireId],
    [w.version, info.questionnaireVersion],
    ...(info.editions && info.editions.length > 1 ? [[w.editions, w.editionsText(info.editions.join(', '), info.questionnaireVersion)]] : []),
    [w.selection, info.selection],
    [w.stored, info.storedCount],
    [w.exported, info.exportedCount],
    ...info.sheetRows.map((r): CellValue[] => [`${w.rows} ${r.name}`, r.rows]),
    [w.content, w[info.content]],
    [w.language, lang === 'da' ? 'Dansk' : 'English'],
    [w.weighting, info.weights.unweighted ? s.unweighted : s.weighted(info.weights)],
    ...(info.populationProblem ? [[w.weighting, info.populationProblem]] : []),
    ...(info.weights.unweighted ? [] : [[w.collapsed, s.collapsed(info.weights)], [w.weightSpread, s.spread(info.weights)]]),
    [w.indicators, s.indicators],
    [w.base, BASE_RULE[lang]],
    [w.uncertainty, s.uncertainty],
    [w.missing, s.missing],
    ...(info.editions && info.editions.length > 1 ? [[w.missing, w.notInEdition]] : []),
    [w.freeText, s.freeText(info.plainText === true, info.freeTextColumns.join(', ') || '–')],
    [w.neutral, s.neutral],
    [`${w.checksum} ${info.checksum.sheet}`, info.checksum.hex],
    [w.definition, CHECKSUM_DEFINITION],
    [w.truncatedCount, info.truncated.length],
    ...info.truncated
      .slice(0, MAX_LISTED_TRUNCATIONS)
      .map((t): CellValue[] => [w.truncated, `${t.sheet ?? 'Data'} · ${t.key} · ${t.column}: ${t.originalLength} → ${EXCEL_MAX_CELL_CHARS}`]),
    ...(info.truncated.length > MAX_LISTED_TRUNCATIONS ? [[w.truncated, `${info.truncated.length - MAX_LISTED_TRUNCATIONS} ${w.more}`]] : []),
    [w.audit, s.audit[info.audit]],
  ];
  return {
    name: ABOUT_SHEET_NAME,
    rows: rows.map((r) => r.map((c) => (typeof c === 'string' ? safeCellText(c).text : c))),
    autoFilter: false,
  };
}
