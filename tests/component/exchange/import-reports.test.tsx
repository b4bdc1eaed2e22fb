/**
 * The coordinator reads one report per file: what an import brought, that a package was already
 * imported, or why a file was refused (in the chosen language), and which responses were refused.
 */
import { render, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ImportOutcome, ImportRecord } from '../../../renderer/src/db/exchange-repository';
import { ImportReports } from '../../../renderer/src/features/exchange/ImportReports';
import { initI18n } from '../../../renderer/src/i18n/i18n';

const previous: ImportRecord = {
  fingerprint: 'p/1', packageId: 'p', fileName: 'anna.barometer', sourceDeviceId: 'd', surveyor: { id: 's', name: 'Anna', initials: 'A' },
  packageCreatedAt: '2026-01-01T10:00:00.000Z', since: null, importedAt: '2026-01-02T10:00:00.000Z', importedById: 'c', importedByName: 'Carl',
  counts: { responses: 1, new: 1, updated: 0, unchanged: 0, older: 0, conflicts: 0, refused: 0, auditEntries: 2 },
};

const outcomes: ImportOutcome[] = [
  {
    status: 'imported',
    fileName: 'bo.barometer',
    manifest: { packageId: 'q', deviceId: 'd2', surveyor: { id: 'b', name: 'Bo Ørsted', initials: 'BØ' }, createdAt: '2026-01-03T08:00:00.000Z', since: null, recipient: null },
    fieldwork: { cases: 0, casesWithdrawn: 0, attempts: 4, caseLinks: 0, verifications: 0, keyingSessions: 0, comments: 1 },
    report: {
      new: 3, updated: 2, unchanged: 1, older: 1, conflicts: 1, conflicted: 1,
      refused: [{ id: 'r', key: 'K7M-4QX', reason: { da: 'Nøglen findes allerede.', en: 'The key is taken.' } }],
    },
    warnings: [],
  },
  { status: 'already-imported', fileName: 'anna.barometer', previous },
  { status: 'refused', fileName: 'book.xlsx', code: 'zip-file', message: { da: 'Dette er en ZIP-fil.', en: 'This is a ZIP file.' } },
];

describe('import reports', () => {
  beforeEach(async () => {
    await initI18n('en');
  });

  it('gives each file its own line: counts, already imported, refused with the reason', () => {
    render(<ImportReports outcomes={outcomes} lang="en" />);
    const items = within(screen.getByRole('region', { name: 'Result' })).getAllByRole('listitem');
    expect(items[0]?.textContent).toMatch(/^bo\.barometer: imported\. New 3, updated 2, unchanged 2, conflicts 1, refused 1\. From Bo Ørsted/);
    expect(items[0]?.textContent).toContain('Response K7M-4QX: The key is taken.');
    expect(screen.getByText('Fieldwork: attempts 4, comments 1.')).toBeTruthy();
    expect(screen.getByText(/^anna\.barometer: this package was already imported .+\. Nothing changed\.$/)).toBeTruthy();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('book.xlsx: refused. Nothing from the file was saved.This is a ZIP file.');
  });

  it('speaks Danish by default', async () => {
    await initI18n('da');
    render(<ImportReports outcomes={outcomes} lang="da" />);
    expect(screen.getByRole('alert').textContent).toContain('Dette er en ZIP-fil.');
    expect(screen.getByText(/^bo\.barometer: indlæst\. Nye 3/)).toBeTruthy();
    expect(screen.getByText('Feltarbejde: kontaktforsøg 4, kommentarer 1.')).toBeTruthy();
  });
});
