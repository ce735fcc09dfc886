import type { Locale } from '../message';
import { de, type MessageKey } from './de';
import { en } from './en';

export type { MessageKey } from './de';

type German = typeof de;
/** Same keys as German; each entry a string or a function of the same parameters. */
export type Catalog = {
  [K in MessageKey]: German[K] extends (params: infer P) => string ? (params: P) => string : string;
};

type ParamsOf<K extends MessageKey> = German[K] extends (params: infer P) => string ? P : undefined;

const catalogs: Record<Locale, Catalog> = { de, en };

/** The text for `key` in `locale`; parameterised keys require their parameters. */
export function t<K extends MessageKey>(
  locale: Locale,
  key: K,
  ...params: ParamsOf<K> extends undefined ? [] : [ParamsOf<K>]
): string {
  const entry = catalogs[locale][key] as string | ((p: unknown) => string);
  return typeof entry === 'function' ? entry(params[0]) : entry;
}
