// The interface's languages. Each file holds all of one language's strings; the type keeps them in step.
import { en } from './en.ts';
import { ru } from './ru.ts';
import { uk } from './uk.ts';

type Widen<T> = {
  readonly [K in keyof T]: T[K] extends string
    ? string
    : T[K] extends (...args: never[]) => unknown
      ? T[K]
      : Widen<T[K]>;
};
export type Strings = Widen<typeof en>;
export type UiLang = 'en' | 'ru' | 'uk';
export const UI_LANGS: readonly UiLang[] = ['en', 'ru', 'uk'];
export const STRINGS: Readonly<Record<UiLang, Strings>> = { en, ru, uk };

export function isUiLang(value: unknown): value is UiLang {
  return value === 'en' || value === 'ru' || value === 'uk';
}
