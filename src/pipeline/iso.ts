// A tiny module of its own so that commands which extract nothing can check a time without loading the
// extraction stage (its gazetteer and language detector cost ~0.5 s to load).

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** '2025-05-07T08:00:00+03:00' and '…Z' pass; '2025-05-07T08:00' (no offset) and '7 May' do not. */
export function isIsoWithOffset(value: string): boolean {
  return ISO_WITH_OFFSET.test(value) && !Number.isNaN(Date.parse(value));
}
