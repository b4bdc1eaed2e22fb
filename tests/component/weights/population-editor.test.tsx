import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadBuiltinQuestionnaire } from '../../../renderer/src/core/questionnaire/builtin';
import { stratumVocabulary } from '../../../renderer/src/core/weights/population';
import { PopulationEditor } from '../../../renderer/src/features/weights/PopulationEditor';
import { initI18n } from '../../../renderer/src/i18n/i18n';

const vocabulary = stratumVocabulary(loadBuiltinQuestionnaire());
// Role queries over a table of 132 inputs / several charts are slow in jsdom, more so on a busy machine.
vi.setConfig({ testTimeout: 30_000 });

beforeEach(async () => {
  await initI18n('da');
});

function renderEditor(props: Partial<Parameters<typeof PopulationEditor>[0]> = {}) {
  const onSave = vi.fn();
  const onClear = vi.fn();
  render(<PopulationEditor vocabulary={vocabulary} initial={null} lang="da" readOnly={false} onSave={onSave} onClear={onClear} {...props} />);
  return { onSave, onClear };
}

/** Stratifies by government level only: three labelled inputs. */
async function byLevelOnly() {
  await userEvent.click(screen.getByRole('checkbox', { name: 'Område' }));
  await userEvent.click(screen.getByRole('checkbox', { name: 'Størrelse' }));
}

describe('the population editor', () => {
  it('offers one labelled input per stratum of the chosen dimensions', async () => {
    renderEditor();
    expect(screen.getAllByRole('textbox')).toHaveLength(3 * 11 * 4);
    await byLevelOnly();
    expect(screen.getAllByRole('textbox')).toHaveLength(3);
    expect(screen.getByRole('textbox', { name: 'Antal arbejdspladser: Kommune' })).toBeTruthy();
    // The last dimension cannot be unticked.
    expect(screen.getByRole('checkbox', { name: 'Forvaltningsniveau' })).toHaveProperty('disabled', true);
  });

  it('a coordinator who types something that is not a count sees why, and nothing is saved', async () => {
    const { onSave } = renderEditor();
    await byLevelOnly();
    const state = screen.getByRole('textbox', { name: 'Antal arbejdspladser: Stat' });
    await userEvent.type(state, '12,5');
    await userEvent.type(screen.getByRole('textbox', { name: 'Antal arbejdspladser: Kommune' }), 'mange');
    await userEvent.click(screen.getByRole('button', { name: 'Gem populationstabel' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe('2 felter har fejl. Intet er gemt.');
    expect(state.getAttribute('aria-invalid')).toBe('true');
    const described = document.getElementById(state.getAttribute('aria-describedby') ?? '');
    expect(described?.textContent).toBe('Skriv et helt tal, 0 eller større (fx 1250).');
  });

  it('refuses an empty table and points to Clear instead', async () => {
    const { onSave } = renderEditor();
    await userEvent.click(screen.getByRole('button', { name: 'Gem populationstabel' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toMatch(/Udfyld mindst ét antal/);
  });

  it('saves the filled-in strata only, Danish thousands separators allowed', async () => {
    const { onSave } = renderEditor();
    await byLevelOnly();
    await userEvent.type(screen.getByRole('textbox', { name: 'Antal arbejdspladser: Stat' }), '1.250');
    await userEvent.type(screen.getByRole('textbox', { name: 'Antal arbejdspladser: Kommune' }), '9876');
    await userEvent.click(screen.getByRole('button', { name: 'Gem populationstabel' }));
    expect(onSave).toHaveBeenCalledWith([
      { sector_level: 'state', population: 1250 },
      { sector_level: 'municipality', population: 9876 },
    ]);
    expect(screen.getByRole('alert').textContent).toBe('');
  });

  it('starts from the stored table and its dimensions', () => {
    renderEditor({ initial: [{ sector_level: 'region', size_class: '100_plus', population: 12 }] });
    expect(screen.getAllByRole('textbox')).toHaveLength(3 * 4);
    expect(screen.getByRole('textbox', { name: 'Antal arbejdspladser: Region · 100 eller flere ansatte' })).toHaveProperty('value', '12');
  });

  it('clears the table only after confirmation', async () => {
    const { onClear } = renderEditor({ initial: [{ sector_level: 'state', population: 3 }] });
    await userEvent.click(screen.getByRole('button', { name: 'Ryd tabellen' }));
    const dialog = screen.getByRole('alertdialog', { name: 'Ryd populationstabellen?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Annuller' }));
    expect(onClear).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Ryd tabellen' }));
    await userEvent.click(screen.getByRole('button', { name: 'Ryd' }));
    expect(onClear).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('alertdialog')).toBeNull();
  });

  it('cannot clear when there is no table, and changes nothing in a read-only store', () => {
    renderEditor({ readOnly: true });
    expect(screen.getByRole('button', { name: 'Ryd tabellen' })).toHaveProperty('disabled', true);
    expect(screen.getByRole('button', { name: 'Gem populationstabel' })).toHaveProperty('disabled', true);
  });
});
