/**
 * The fixed parts of an .xlsx package (ECMA-376 Part 1, the minimal set Excel, LibreOffice and
 * SheetJS open): content types, relationships, the workbook with its sheet list, and the styles
 * behind `STYLE` in sheet-xml.ts.
 */
import { DATE_FORMAT, DAY_FORMAT } from './sheet-limits';
import { escapeXml } from './sheet-xml';

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';

/** What the package needs to know about one written sheet. */
export interface WrittenSheet {
  name: string;
  /** `A1:K20`, for the auto-filter's defined name; undefined = no filter. */
  filterRef?: string;
}

export const sheetPath = (i: number) => `xl/worksheets/sheet${i + 1}.xml`;

export function contentTypesXml(sheetCount: number): string {
  const sheets = Array.from(
    { length: sheetCount },
    (_, i) => `<Override PartName="/${sheetPath(i)}" ContentType="${CT}.worksheet+xml"/>`,
  ).join('');
  return (
    `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/>` +
    sheets +
    `<Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>` +
    `<Override PartName="/xl/sharedStrings.xml" ContentType="${CT}.sharedStrings+xml"/>` +
    '</Types>'
  );
}

export function rootRelsXml(): string {
  return (
    `${DECL}<Relationships xmlns="${PKG_REL}">` +
    `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/>` +
    '</Relationships>'
  );
}

export function workbookRelsXml(sheetCount: number): string {
  let rels = '';
  for (let i = 0; i < sheetCount; i++) {
    rels += `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`;
  }
  rels += `<Relationship Id="rId${sheetCount + 1}" Type="${REL}/styles" Target="styles.xml"/>`;
  rels += `<Relationship Id="rId${sheetCount + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`;
  return `${DECL}<Relationships xmlns="${PKG_REL}">${rels}</Relationships>`;
}

/** `'Data (2)'!$A$1:$K$20`: a sheet name is always quoted (an apostrophe in it doubled). */
function absoluteRef(sheet: string, ref: string): string {
  const abs = ref.replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
  return `'${sheet.replace(/'/g, "''")}'!${abs}`;
}

export function workbookXml(sheets: readonly WrittenSheet[]): string {
  const list = sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('');
  // Excel keeps each auto-filter's range as this hidden name; it repairs a file that lacks it.
  const names = sheets
    .map((s, i) =>
      s.filterRef
        ? `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${escapeXml(absoluteRef(s.name, s.filterRef))}</definedName>`
        : '',
    )
    .join('');
  return (
    `${DECL}<workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
    '<bookViews><workbookView/></bookViews>' +
    `<sheets>${list}</sheets>` +
    (names ? `<definedNames>${names}</definedNames>` : '') +
    '</workbook>'
  );
}

/** Styles 0 plain, 1 date-time, 2 bold header, 3 percent (built-in format 10, `0.00%`), 4 date (`yyyy-mm-dd`). */
export function stylesXml(): string {
  return (
    `${DECL}<styleSheet xmlns="${MAIN}">` +
    `<numFmts count="2"><numFmt numFmtId="164" formatCode="${escapeXml(DATE_FORMAT)}"/><numFmt numFmtId="165" formatCode="${escapeXml(DAY_FORMAT)}"/></numFmts>` +
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
    '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    '<cellXfs count="5">' +
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
    '<xf numFmtId="10" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
    '</cellXfs>' +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    '</styleSheet>'
  );
}

/** The worksheet's opening, up to `<sheetData>`: its extent and a frozen header row. */
export function worksheetStartXml(ref: string, freezeHeader: boolean): string {
  const pane = freezeHeader ? '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' : '';
  return (
    `${DECL}<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
    `<dimension ref="${ref}"/>` +
    `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    '<sheetData>'
  );
}

export function worksheetEndXml(filterRef: string | undefined): string {
  return `</sheetData>${filterRef ? `<autoFilter ref="${filterRef}"/>` : ''}</worksheet>`;
}
