/** 'ru-RU', 'uk_UA', 'EN' -> 'ru', 'uk', 'en'; any other language -> undefined (detected from the text instead). */
export function langCode(value: string | null | undefined): 'en' | 'ru' | 'uk' | undefined {
  const code = value?.trim().slice(0, 2).toLowerCase();
  return code === 'en' || code === 'ru' || code === 'uk' ? code : undefined;
}
