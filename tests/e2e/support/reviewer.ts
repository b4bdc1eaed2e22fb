/**
 * Page objects for the roles in the browser tests: the profile screen (add a profile, switch with a
 * PIN) and the auditor's review (the queue, approve, reject with a comment). Controls are found by
 * role and label, as a person finds them.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { PATIENCE } from './surveyor';
import { goTo } from './navigation';

export type RoleName = 'Interviewer' | 'Koordinator' | 'Revisor';

export class ProfileDesk {
  constructor(readonly page: Page) {}

  /** "Profiler" in the main menu, and the screen it opens. */
  async open(): Promise<void> {
    const heading = this.page.getByRole('heading', { level: 1, name: 'Profiler' });
    await goTo(this.page, 'Profiler');
    await heading.waitFor(PATIENCE);
  }

  get addForm(): Locator {
    return this.page.getByRole('form', { name: 'Opret en profil' });
  }

  /** Fills "Opret en profil" and waits for "Profilen … er oprettet." */
  async add(name: string, initials: string, role: RoleName, pin?: string): Promise<void> {
    const form = this.addForm;
    await form.getByRole('textbox', { name: 'Navn', exact: true }).fill(name);
    await form.getByRole('textbox', { name: 'Initialer', exact: true }).fill(initials);
    const radio = form.getByRole('radio', { name: role, exact: true });
    if ((await radio.count()) > 0) await radio.check();
    if (pin) await form.getByLabel(/^Pinkode/).fill(pin);
    await form.getByRole('button', { name: 'Opret profil' }).click();
    await form.getByRole('status').filter({ hasText: `Profilen ${name}` }).waitFor(PATIENCE);
  }

  /** Who the header says is working: "Aktiv profil: Name (XX), Role". */
  async activeProfile(): Promise<string> {
    return (await this.page.locator('.profile-badge .visually-hidden').textContent()) ?? '';
  }

  /** "Skift til <name>", the PIN when asked, and back on the response list as that profile. */
  async switchTo(name: string, pin?: string): Promise<void> {
    await this.open();
    await this.page.getByRole('button', { name: `Skift til ${name}` }).click();
    if (pin !== undefined) {
      const field = this.page.getByLabel(`Pinkode for ${name}`);
      await field.waitFor(PATIENCE);
      await field.fill(pin);
      await field.press('Enter');
    }
    await expect.poll(() => this.activeProfile(), PATIENCE).toMatch(new RegExp(`^Aktiv profil: ${name} `));
  }
}

export class Reviewer {
  constructor(readonly page: Page) {}

  /** The header's "Gennemgang": the review queue. */
  async openQueue(): Promise<void> {
    await goTo(this.page, 'Gennemgang');
    await this.page.getByRole('heading', { level: 1, name: 'Gennemgang af besvarelser' }).waitFor(PATIENCE);
  }

  /** The count line: "N besvarelser passer til filteret". */
  async queueCount(): Promise<number> {
    const line = this.page.getByRole('status').filter({ hasText: /passer til filteret/ });
    await line.waitFor(PATIENCE);
    return Number(/^(\d+)/.exec((await line.textContent()) ?? '')?.[1] ?? NaN);
  }

  async openFromQueue(key: string): Promise<void> {
    await this.page.getByRole('button', { name: `Åbn besvarelse ${key}` }).click();
    await this.page.getByRole('heading', { level: 1, name: new RegExp(`^Besvarelse ${key}\\b`) }).waitFor(PATIENCE);
  }

  get panel(): Locator {
    return this.page.getByRole('region', { name: 'Gennemgang og kommentarer' });
  }

  /** A comment on one question (by variable name) or, with null, the whole response; then "Afvis besvarelsen". */
  async reject(comment: string, question: string | null): Promise<void> {
    await this.panel.getByRole('textbox', { name: 'Kommentar' }).fill(comment);
    await this.panel.getByRole('combobox', { name: 'Kommentaren gælder' }).selectOption(question ?? '');
    await this.panel.getByRole('button', { name: 'Afvis besvarelsen' }).click();
    await this.panel.getByRole('status').filter({ hasText: 'Besvarelsen er afvist' }).waitFor(PATIENCE);
  }

  async approve(): Promise<void> {
    await this.panel.getByRole('button', { name: 'Godkend besvarelsen' }).click();
    await this.panel.getByRole('status').filter({ hasText: 'Besvarelsen er godkendt.' }).waitFor(PATIENCE);
  }
}
