import { describe, expect, it } from 'vitest';
import { act, screen, waitFor } from '@testing-library/react';
import { StoreError } from '../../../renderer/src/db/store-error';
import { renderEntry, wording, type Commit } from './entry-harness';

function deferred() {
  let resolve!: () => void;
  let reject!: (e: unknown) => void;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const PAUSE = { timeout: 3000 };

describe('saving while the surveyor types', { timeout: 20_000 }, () => {
  it('a choice is saved at once; "Gemt" appears only when the store has confirmed it', async () => {
    const pending = deferred();
    const { user, stored } = await renderEntry({ save: () => pending.promise });
    await user.click(screen.getByRole('radio', { name: 'Region' }));

    expect(screen.getByRole('radio', { name: 'Region' })).toHaveProperty('checked', true);
    expect(screen.getAllByText('Gemmer …').length).toBeGreaterThan(0);
    expect(screen.queryByText('Gemt')).toBeNull();
    expect(stored.answers.sector_level).toBeUndefined();

    await act(async () => pending.resolve());
    expect(stored.answers.sector_level).toBe('region');
    expect(screen.getByText('Gemt')).toBeTruthy();
    expect(screen.getByText('Alle ændringer er gemt').getAttribute('role')).toBe('status');
  });

  it('a full disk is said in words, not as QuotaExceededError, and the typed text stays (issue 10, item 7)', async () => {
    const { user, stored } = await renderEntry({
      save: () => {
        // What Dexie throws when IndexedDB's quota is exceeded: a wrapper whose inner error says so.
        throw Object.assign(new Error('QuotaExceededError: The quota has been exceeded.'), { name: 'QuotaExceededError', inner: new DOMException('quota', 'QuotaExceededError') });
      },
    });
    const name = screen.getByRole('textbox', { name: wording('workplace_name') });
    await user.type(name, 'Skolen');
    await user.tab();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Kunne ikke gemme: Disken er fuld, så intet er gemt. Frigør plads på computeren (slet filer, du ikke bruger), og prøv igen.');
    expect(alert.textContent).not.toMatch(/QuotaExceeded/);
    expect(name).toHaveProperty('value', 'Skolen');
    expect(stored.answers.workplace_name).toBeUndefined();
  });

  it('a failed save keeps the typed value, says why beside the field, and is retried on the next change', async () => {
    let fail = true;
    const { user, stored } = await renderEntry({
      save: () => {
        if (fail) throw new Error('Disken er fuld');
      },
    });
    const name = screen.getByRole('textbox', { name: wording('workplace_name') });
    await user.type(name, 'Skolen');
    await user.tab();

    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toBe('Kunne ikke gemme: Disken er fuld');
    expect(name).toHaveProperty('value', 'Skolen');
    expect(screen.getByRole('textbox', { name: wording('workplace_name'), description: /Kunne ikke gemme: Disken er fuld/ })).toBe(name);
    expect(stored.answers.workplace_name).toBeUndefined();

    fail = false;
    await user.type(name, 'n{Enter}');
    expect(stored.answers.workplace_name).toBe('Skolenn');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(name).toHaveProperty('value', 'Skolenn');
  });

  it('a store refusal is explained in the surveyor\'s language', async () => {
    const { user } = await renderEntry({
      save: () => {
        throw new StoreError('not-editable', 'The response is completed: reopen it to edit it.');
      },
    });
    await user.click(screen.getByRole('radio', { name: 'Stat' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Kunne ikke gemme: besvarelsen er afsluttet; genåbn den for at rette');
    expect(screen.getByRole('radio', { name: 'Stat' })).toHaveProperty('checked', true);
  });

  it('typing is saved after a short pause, and at once when the field is left', async () => {
    const { user, commits } = await renderEntry();
    const name = screen.getByRole('textbox', { name: wording('workplace_name') });
    await user.type(name, 'Sko');
    expect(commits).toEqual([]);
    await waitFor(() => expect(commits).toEqual<Commit[]>([{ field: 'workplace_name', value: 'Sko' }]), PAUSE);

    await user.type(name, 'len');
    await user.tab();
    expect(commits.at(-1)).toEqual({ field: 'workplace_name', value: 'Skolen' });
    expect(commits).toHaveLength(2);
  });

  it('no keystroke is lost when the section changes before the pause is over', async () => {
    const { user, stored } = await renderEntry();
    await user.click(screen.getByRole('textbox', { name: wording('workplace_id') }));
    await user.keyboard('12345678{Alt>}{ArrowRight}{/Alt}');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('B. Innovationsaktivitet');
    await waitFor(() => expect(stored.answers.workplace_id).toBe('12345678'));
  });

  it('a whole-number field takes digits only: a comma or letters are refused as typed, and thousands may be spaced', async () => {
    const { user, stored } = await renderEntry();
    const employees = screen.getByRole('textbox', { name: wording('n_employees') });
    expect(employees.getAttribute('inputmode')).toBe('numeric');
    await user.type(employees, '2,5{Enter}');
    expect(stored.answers.n_employees).toBe(25);
    expect(screen.getByText('Kun cifre i dette felt')).toBeTruthy();
    await user.clear(employees);
    await user.type(employees, '1 250{Enter}');
    expect(stored.answers.n_employees).toBe(1250);
  });
});
