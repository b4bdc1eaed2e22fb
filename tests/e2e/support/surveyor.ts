/**
 * The surveyor at the keyboard: a page object for the browser tests. Every control is found the way
 * a person finds it (by role and by the words on screen); answers are given with the keys the entry
 * screen offers (typing, digits for options, Enter to move on, Alt+→ for the next section), and each
 * step first checks that the focus is where the surveyor expects it, so a broken keyboard path fails
 * at the step that broke it.
 */
import type { BrowserContext, Download, Locator, Page } from 'playwright-core';
import { expect, inject } from 'vitest';

/** Generous: two cores shared with other test runs. Waits end as soon as the condition holds. */
export const PATIENCE = { timeout: 15_000, interval: 50 };

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Opens the app (the built renderer) in the browser's first tab. */
export async function openApp(context: BrowserContext): Promise<Page> {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(inject('baseURL'));
  return page;
}

/** What has the focus, in words, for failure messages. */
async function describeFocus(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'nothing (the page body)';
    const name = el.getAttribute('name');
    const label = el instanceof HTMLInputElement && el.labels?.[0] ? el.labels[0].textContent : el.textContent;
    return `<${el.tagName.toLowerCase()}${name ? ` name="${name}"` : ''}> "${(label ?? '').trim().slice(0, 80)}"`;
  });
}

export class Surveyor {
  /** Every key this surveyor pressed through `press` and `type` (and the answering steps below). */
  keyCount = 0;

  constructor(readonly page: Page) {}

  /** One key press, counted. */
  async press(key: string): Promise<void> {
    this.keyCount += 1;
    await this.page.keyboard.press(key);
  }

  /** Typed text: one key per character, counted. */
  async type(text: string): Promise<void> {
    this.keyCount += [...text].length;
    await this.page.keyboard.type(text);
  }

  /** Whether the focus is on `target` or inside it, now. */
  async hasFocus(target: Locator): Promise<boolean> {
    return target.evaluate((el) => el.contains(document.activeElement)).catch(() => false);
  }

  static async open(context: BrowserContext): Promise<Surveyor> {
    return new Surveyor(await openApp(context));
  }

  /** The app in another tab of the same browser (the same store). */
  static async openAnotherTab(context: BrowserContext): Promise<Surveyor> {
    const page = await context.newPage();
    await page.goto(inject('baseURL'));
    return new Surveyor(page);
  }

  private get keyboard() {
    return this.page.keyboard;
  }

  // ── where the focus is ──────────────────────────────────────────────────────────────────────

  /** Waits until the focus is on `target` or inside it (a radio of a group, say). */
  async expectFocusOn(target: Locator, what: string): Promise<void> {
    try {
      await expect
        .poll(() => target.evaluate((el) => el.contains(document.activeElement), undefined, { timeout: 1_000 }).catch(() => false), PATIENCE)
        .toBe(true);
    } catch {
      throw new Error(`Expected the focus on ${what}, but it is on ${await describeFocus(this.page)}`);
    }
  }

  // ── first start and the response list ──────────────────────────────────────────────────────

  /** First start: types a name, Tab, the initials, Enter, and waits for the response list. */
  async startAsSurveyor(name: string, initials: string): Promise<void> {
    await this.expectFocusOn(this.page.getByRole('textbox', { name: 'Navn', exact: true }), 'the "Navn" field');
    await this.keyboard.type(name);
    await this.keyboard.press('Tab');
    await this.expectFocusOn(this.page.getByRole('textbox', { name: 'Initialer', exact: true }), 'the "Initialer" field');
    await this.keyboard.type(initials);
    await this.keyboard.press('Enter');
    await this.newResponseButton.waitFor(PATIENCE);
  }

  /**
   * First start as a coordinator or an auditor: name, Tab, initials, Tab to the role (the radio group
   * starts on "Interviewer"), arrow keys to the role, Tab to the PIN (typed when given), Enter.
   */
  async startWithRole(name: string, initials: string, role: 'Koordinator' | 'Revisor', pin?: string): Promise<void> {
    await this.expectFocusOn(this.page.getByRole('textbox', { name: 'Navn', exact: true }), 'the "Navn" field');
    await this.keyboard.type(name);
    await this.keyboard.press('Tab');
    await this.keyboard.type(initials);
    await this.keyboard.press('Tab');
    const radio = this.page.getByRole('radio', { name: role, exact: true });
    await this.expectFocusOn(this.page.getByRole('group', { name: 'Rolle' }), 'the "Rolle" choice');
    for (let i = 0; i < 2 && !(await radio.isChecked()); i++) await this.keyboard.press('ArrowDown');
    await expect.poll(() => radio.isChecked(), PATIENCE).toBe(true);
    await this.keyboard.press('Tab');
    await this.expectFocusOn(this.page.getByLabel(/^Pinkode/), 'the PIN field');
    if (pin) await this.keyboard.type(pin);
    await this.keyboard.press('Enter');
    await this.page.getByRole('navigation', { name: 'Hovedmenu' }).getByRole('link', { name: 'Profiler', exact: true }).waitFor(PATIENCE);
  }

  get newResponseButton(): Locator {
    return this.page.getByRole('button', { name: 'Ny besvarelse', exact: true });
  }

  get responseGrid(): Locator {
    return this.page.getByRole('grid', { name: 'Besvarelser' });
  }

  /** The list's row of a response, found by its key (in either language). */
  rowOf(key: string): Locator {
    return this.page.getByRole('row', { name: new RegExp(`^${escapeRegExp(key)} `) });
  }

  /** N on the response list makes a new response; it opens with the focus on its first question. Returns its key. */
  async createResponse(): Promise<string> {
    await this.newResponseButton.waitFor(PATIENCE);
    await this.keyboard.press('n');
    return this.responseKey();
  }

  /** The key of the open response, from the heading "Svar ABC-DEF · …". */
  async responseKey(): Promise<string> {
    const heading = this.page.getByRole('heading', { level: 1, name: /^Besvarelse [A-Z0-9]+-[A-Z0-9]+/ });
    await heading.waitFor(PATIENCE);
    const key = /^Besvarelse (\S+)/.exec((await heading.textContent()) ?? '')?.[1];
    if (!key) throw new Error('The entry screen shows no response key');
    return key;
  }

  /** Searches the list for the key, Enter to reach the list, Enter to open the highlighted response. */
  async openResponse(key: string): Promise<void> {
    const search = this.page.getByRole('searchbox', { name: /^Søg efter nøgle/ });
    await search.fill(key);
    await this.rowOf(key).waitFor(PATIENCE);
    await search.press('Enter');
    await this.expectFocusOn(this.responseGrid, 'the response list');
    await this.keyboard.press('Enter');
    await this.page.getByRole('heading', { level: 1, name: new RegExp(`^Besvarelse ${escapeRegExp(key)}\\b`) }).waitFor(PATIENCE);
  }

  async backToList(): Promise<void> {
    await this.page.getByRole('button', { name: 'Tilbage til besvarelserne' }).click();
    await this.newResponseButton.waitFor(PATIENCE);
  }

  // ── the entry screen: answering with the keyboard ──────────────────────────────────────────

  textbox(wording: string): Locator {
    return this.page.getByRole('textbox', { name: wording, exact: true });
  }

  choiceGroup(wording: string): Locator {
    return this.page.getByRole('radiogroup', { name: wording, exact: true });
  }

  tickGroup(wording: string): Locator {
    return this.page.getByRole('group', { name: wording, exact: true });
  }

  /**
   * Types into the text question that has the focus (it must be `wording`), then Enter moves on —
   * unless the field moved on by itself (a year after four digits, with auto-advance).
   */
  async answer(wording: string, text: string): Promise<void> {
    const box = this.textbox(wording);
    await this.expectFocusOn(box, `"${wording}"`);
    await this.type(text);
    if (await this.hasFocus(box)) await this.press('Enter');
  }

  /** Long text: typed into the focused text area; Ctrl+Enter moves on (Enter types a new line). */
  async answerLong(wording: string, text: string): Promise<void> {
    await this.expectFocusOn(this.textbox(wording), `"${wording}"`);
    await this.type(text);
    await this.press('Control+Enter');
  }

  /** The code shown beside an option (its badge): its position, 1, 2, … (two digits in lists over nine). */
  private async codeOf(option: Locator): Promise<string> {
    // Every control of a question carries the variable's name as its HTML name, in option order.
    const index = await option.evaluate((el) => Array.from(document.getElementsByName(el.getAttribute('name') ?? '')).indexOf(el as HTMLElement));
    return String(index + 1);
  }

  /**
   * Single choice (or a grid row): types the option's code on the focused question. A complete code
   * moves on by itself (auto-advance); otherwise (a code a longer one begins with) Enter takes it and moves on.
   */
  async pick(wording: string, option: string): Promise<void> {
    const group = this.choiceGroup(wording);
    await this.expectFocusOn(group, `"${wording}"`);
    const radio = group.getByRole('radio', { name: option, exact: true });
    for (const digit of await this.codeOf(radio)) await this.press(digit);
    if (await this.hasFocus(group)) await this.press('Enter');
    await expect.poll(() => radio.isChecked(), PATIENCE).toBe(true);
  }

  /** Multiple choice: types each option's code on the focused question, then Enter. */
  async tick(wording: string, options: readonly string[]): Promise<void> {
    const group = this.tickGroup(wording);
    await this.expectFocusOn(group, `"${wording}"`);
    for (const option of options) {
      const box = group.getByRole('checkbox', { name: option, exact: true });
      const code = await this.codeOf(box);
      for (const digit of code) await this.press(digit);
      await expect.poll(() => box.isChecked(), { ...PATIENCE, timeout: 2_000 }).toBe(true);
    }
    await this.press('Enter');
  }

  // ── sections ───────────────────────────────────────────────────────────────────────────────

  /** A section's entry in the section list ("C. Den seneste innovation 0/22" or "… (springes over)"). */
  sectionLink(title: string): Locator {
    return this.page.getByRole('navigation', { name: 'Afsnit' }).getByRole('button', { name: new RegExp(`^${escapeRegExp(title)} `) });
  }

  /** Waits until the section on screen is `title`. */
  async expectSection(title: string): Promise<void> {
    await this.page.getByRole('heading', { level: 2, name: title, exact: true }).waitFor(PATIENCE);
  }

  /** Alt+→: the next section that has questions for this response. */
  async nextSection(expected: string): Promise<void> {
    await this.press('Alt+ArrowRight');
    await this.expectSection(expected);
  }

  /** Alt+←: the previous section that has questions for this response. */
  async previousSection(expected: string): Promise<void> {
    await this.press('Alt+ArrowLeft');
    await this.expectSection(expected);
  }

  // ── what is on screen ──────────────────────────────────────────────────────────────────────

  async textAnswer(wording: string): Promise<string> {
    return this.textbox(wording).inputValue();
  }

  async isPicked(wording: string, option: string): Promise<boolean> {
    return this.choiceGroup(wording).getByRole('radio', { name: option, exact: true }).isChecked();
  }

  async isTicked(wording: string, option: string): Promise<boolean> {
    return this.tickGroup(wording).getByRole('checkbox', { name: option, exact: true }).isChecked();
  }

  /** How many asked questions are answered, from the progress text "12 af 20 spørgsmål besvaret (60 %)". */
  async answeredCount(): Promise<number> {
    const text = await this.page.getByText(/^\d+ af \d+ spørgsmål besvaret/).textContent();
    const answered = /^(\d+) af/.exec(text ?? '')?.[1];
    if (answered === undefined) throw new Error(`No progress on screen (found "${text}")`);
    return Number(answered);
  }

  /** The form-wide save summary (a status region) says "Alle ændringer er gemt" and no answer is still saving. */
  async waitUntilAllSaved(): Promise<void> {
    const allSaved = this.page.getByRole('status').filter({ hasText: 'Alle ændringer er gemt' });
    const saving = this.page.getByText('Gemmer …', { exact: true });
    await expect.poll(async () => (await allSaved.count()) === 1 && (await saving.count()) === 0, PATIENCE).toBe(true);
  }

  // ── completing ─────────────────────────────────────────────────────────────────────────────

  get markAsCompletedButton(): Locator {
    return this.page.getByRole('button', { name: 'Marker som afsluttet' });
  }

  get reopenButton(): Locator {
    return this.page.getByRole('button', { name: 'Genåbn' });
  }

  /** Every answer is saved, then "Marker som afsluttet"; waits until the response shows as completed. */
  async markAsCompleted(): Promise<void> {
    await this.waitUntilAllSaved();
    await this.markAsCompletedButton.click();
    await this.reopenButton.waitFor(PATIENCE);
  }

  // ── export ─────────────────────────────────────────────────────────────────────────────────

  /**
   * "Eksportér til Excel" on the response list, and the file the browser downloads. Works whether the
   * button saves at once or first opens an export dialog (then its own Export button is pressed).
   */
  async exportToExcel(): Promise<Download> {
    const download = this.page.waitForEvent('download', { timeout: 45_000 });
    download.catch(() => undefined); // awaited below, or abandoned when the export says it failed
    const failed = this.page.getByText(/^Eksporten mislykkedes/).first();
    const dialog = this.page.getByRole('dialog');
    const outcome = (
      start: Promise<unknown>,
      kind: 'download' | 'dialog' | 'failed',
    ): Promise<'download' | 'dialog' | 'failed' | 'none'> => start.then(() => kind, () => 'none');
    await this.page.getByRole('button', { name: 'Eksportér til Excel' }).click();
    let first = await Promise.race([
      outcome(download, 'download'),
      outcome(dialog.waitFor({ state: 'visible', timeout: 45_000 }), 'dialog'),
      outcome(failed.waitFor({ timeout: 45_000 }), 'failed'),
    ]);
    if (first === 'dialog') {
      await dialog.getByRole('button', { name: /^Eksportér/ }).last().click();
      first = await Promise.race([outcome(download, 'download'), outcome(failed.waitFor({ timeout: 45_000 }), 'failed')]);
    }
    if (first !== 'download') {
      // Say what the screen says (e.g. "Eksporten mislykkedes: …") rather than only "no download".
      const said = await this.page.getByRole('status').or(this.page.getByRole('alert')).allTextContents();
      throw new Error(`No file was downloaded. The screen says: ${JSON.stringify(said.filter((t) => t.trim()))}`);
    }
    return download;
  }
}
