// What every view needs: the strings of the reader's language, region names, the clock and navigation.
import type { Strings, UiLang } from '../i18n/index.ts';
import type { View } from './state.ts';

export interface RegionNames {
  code: string;
  en: string;
  ru: string;
  uk: string;
}

export interface Ctx {
  t: Strings;
  lang: UiLang;
  regions: ReadonlyMap<string, RegionNames>;
  now: () => Date;
  /** Moves to another view; `replace` edits the current history entry instead of adding one. */
  go: (change: Partial<View>, replace?: boolean) => void;
  view: () => View;
}

/** The canonical name of a region in the reader's language, else the name the report used. */
export function regionName(ctx: Ctx, code: string | undefined | null, fallback?: string | null): string {
  const names = code ? ctx.regions.get(code) : undefined;
  return names ? names[ctx.lang] : (fallback ?? code ?? ctx.t.unknownRegion);
}
