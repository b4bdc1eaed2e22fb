import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate, type MenuOptions } from '../../main/app-menu';
import { sanitizeTitle } from '../../main/window-title';

function menu(overrides: Partial<MenuOptions> = {}) {
  const options: MenuOptions = {
    lang: 'da',
    platform: 'win32',
    appName: 'Barometer Entry',
    isDevelopment: false,
    send: vi.fn(),
    onLanguage: vi.fn(),
    ...overrides,
  };
  return { options, template: buildMenuTemplate(options) };
}

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
}
const byLabel = (template: MenuItemConstructorOptions[], label: string) => {
  const item = items(template).find((i) => i.label === label);
  if (!item) throw new Error(`no menu item "${label}"`);
  return item;
};
const click = (item: MenuItemConstructorOptions) => (item.click as unknown as () => void)();

describe('the application menu', () => {
  it('speaks Danish', () => {
    const labels = items(menu().template).map((i) => i.label);
    expect(labels).toEqual(expect.arrayContaining(['Ny besvarelse', 'Eksportér…', 'Sprog', 'Dansk', 'English', 'Om / datasikkerhed', 'Afslut']));
  });

  it('speaks English', () => {
    const labels = items(menu({ lang: 'en' }).template).map((i) => i.label);
    expect(labels).toEqual(expect.arrayContaining(['New response', 'Export…', 'Language', 'Dansk', 'English', 'About / data safety', 'Quit']));
  });

  it.each([
    ['Ny besvarelse', 'new-response'],
    ['Eksportér…', 'export'],
    ['Om / datasikkerhed', 'about'],
  ])('"%s" sends %s to the window', (label, command) => {
    const { options, template } = menu();
    click(byLabel(template, label));
    expect(options.send).toHaveBeenCalledWith(command);
  });

  it('switches language: tells the window and rebuilds the menu', () => {
    const { options, template } = menu();
    expect(byLabel(template, 'Dansk').checked).toBe(true);
    click(byLabel(template, 'English'));
    expect(options.send).toHaveBeenCalledWith('lang-en');
    expect(options.onLanguage).toHaveBeenCalledWith('en');
  });

  it('quits through the quit role, and has an Edit menu so copy and paste work on macOS', () => {
    expect(byLabel(menu().template, 'Afslut').role).toBe('quit');
    const mac = menu({ platform: 'darwin', lang: 'en' }).template;
    expect(mac[0]?.label).toBe('Barometer Entry');
    expect(items(mac).map((i) => i.role)).toEqual(expect.arrayContaining(['copy', 'paste', 'undo', 'selectAll', 'quit']));
  });

  it('offers developer tools only when running from source', () => {
    expect(items(menu().template).some((i) => i.role === 'toggleDevTools')).toBe(false);
    expect(items(menu({ isDevelopment: true }).template).some((i) => i.role === 'toggleDevTools')).toBe(true);
    expect(items(menu({ isDevelopment: true }).template).some((i) => i.role === 'reload' || i.role === 'forceReload')).toBe(false);
  });
});

describe('the window title', () => {
  it('shows the renderer’s text as is, without a prefix', () => {
    expect(sanitizeTitle('Barometer Entry – Mette Hansen (Aarhus Kommune)', 'Barometer Entry')).toBe(
      'Barometer Entry – Mette Hansen (Aarhus Kommune)',
    );
  });

  it('removes control and bidi-override characters and collapses whitespace', () => {
    expect(sanitizeTitle('Mette\n\tHansen\u202e  nmmok\u0000', 'X')).toBe('Mette Hansen nmmok');
  });

  it('falls back to the product name when nothing is left, and caps the length', () => {
    expect(sanitizeTitle(' \u200f ', 'Barometer Entry')).toBe('Barometer Entry');
    expect(sanitizeTitle('x'.repeat(500), 'B')).toHaveLength(200);
  });
});
