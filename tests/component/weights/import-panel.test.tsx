import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ImportPanel } from '../../../renderer/src/features/weights/ImportPanel';
import { initI18n } from '../../../renderer/src/i18n/i18n';

describe('the import panel', () => {
  it('lists why a file was refused, row by row, in the chosen language', async () => {
    await initI18n('en');
    render(
      <ImportPanel
        lang="en"
        disabled={false}
        onImport={vi.fn()}
        outcome={{
          kind: 'refused',
          file: 'population.xlsx',
          problems: [
            { code: 'unknown-code', row: 4, column: 'sector_level', message: { da: 'Række 4: …', en: 'Row 4: "Amt" is not a known sector_level (state, region, municipality).' } },
            { code: 'not-a-count', row: 7, column: 'population', message: { da: 'Række 7: …', en: 'Row 7: "ca. 40" is not a whole count ≥ 0.' } },
          ],
        }}
      />,
    );
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('The file “population.xlsx” was refused. Nothing was changed.');
    expect(screen.getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Row 4: "Amt" is not a known sector_level (state, region, municipality).',
      'Row 7: "ca. 40" is not a whole count ≥ 0.',
    ]);
  });

  it('says the file is being read and keeps the button from starting a second import meanwhile', async () => {
    await initI18n('da');
    const onImport = vi.fn();
    const { rerender } = render(<ImportPanel lang="da" disabled={false} onImport={onImport} outcome={{ kind: 'idle' }} />);
    await userEvent.click(screen.getByRole('button', { name: 'Indlæs xlsx- eller csv-fil …' }));
    expect(onImport).toHaveBeenCalledTimes(1);
    rerender(<ImportPanel lang="da" disabled={false} onImport={onImport} outcome={{ kind: 'reading' }} />);
    expect(screen.getByRole('status').textContent).toBe('Læser filen …');
    expect(screen.getByRole('button', { name: 'Indlæs xlsx- eller csv-fil …' })).toHaveProperty('disabled', true);
  });
});
