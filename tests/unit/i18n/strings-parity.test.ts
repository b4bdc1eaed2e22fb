/**
 * One voice in two languages: Danish and English have exactly the same keys in every namespace, the
 * same placeholders per string, no empty string, and the Danish UI speaks Danish (the glossary's
 * words, none of the English names it replaces).
 */
import { describe, expect, it } from 'vitest';
import { namespaces } from '../../../renderer/src/i18n/i18n';

type Tree = { readonly [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort();
const all = Object.entries(namespaces).map(([ns, strings]) => [ns, flatten(strings.da as Tree), flatten(strings.en as Tree)] as const);

describe('the UI strings', () => {
  it.each(all)('%s: Danish and English have exactly the same keys', (_ns, da, en) => {
    expect([...en.keys()].sort()).toEqual([...da.keys()].sort());
  });

  it.each(all)('%s: every string has the same placeholders in both languages, and none is empty', (_ns, da, en) => {
    for (const [key, text] of da) {
      expect(text.trim(), key).not.toBe('');
      expect(placeholders(en.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });

  it.each(all)('%s: the Danish strings use the glossary\'s words', (_ns, da) => {
    const english = /\b(Audit|audit|chain|heads?|hash|Indicators|Labels|workbook|auditor|Codebook)\b/;
    const replaced = /\b(færdig|færdigt|færdige|indtaster|Registreret af|Oprettet af|kædetop\w*|hash-kæde\w*)\b/i;
    for (const [key, value] of da) {
      const text = value.replace(/\{\{[^}]*\}\}/g, ''); // placeholders are names, not words
      expect(english.exec(text)?.[0], `${key}: ${value}`).toBeUndefined();
      expect(replaced.exec(text)?.[0], `${key}: ${value}`).toBeUndefined();
    }
  });
});
