import type { Namespace, ParseKeys, TFunction } from 'i18next';

/**
 * `t` for a key chosen at run time (a verdict line, a store error's code): the key is still checked
 * against the namespace's keys; its values are not matched against that one key's placeholders,
 * which the typings can only do for a key known where it is written.
 */
export function say<NS extends Namespace>(t: TFunction<NS>, key: ParseKeys<NS>, values?: Record<string, unknown>): string {
  return (t as unknown as (k: string, v?: Record<string, unknown>) => string)(key as string, values);
}
