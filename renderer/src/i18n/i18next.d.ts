/**
 * Typed keys: `t('…')` accepts only keys that exist (in Danish, the reference language; a test
 * proves English has exactly the same keys), so a misspelt or removed key fails the typecheck.
 */
import 'i18next';
import type { namespaces } from './i18n';

type Danish = { [NS in keyof typeof namespaces]: (typeof namespaces)[NS]['da'] };

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: Danish;
    returnNull: false;
  }
}
