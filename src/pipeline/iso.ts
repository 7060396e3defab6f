// A tiny module of its own so that commands which extract nothing can check a time without loading the
// extraction stage (its gazetteer and language detector cost ~0.5 s to load).

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** '2025-05-07T08:00:00+03:00' and '…Z' pass; '2025-05-07T08:00' (no offset) and '7 May' do not. */
export function isIsoWithOffset(value: string): boolean {
  return ISO_WITH_OFFSET.test(value) && !Number.isNaN(Date.parse(value)) && dayExists(value);
}

/** '2025-02-30' parses (Date rolls it over to 2 March) but names no day; hours past 23 and minutes past 59 neither. */
function dayExists(value: string): boolean {
  const [y, m, d] = value.slice(0, 10).split('-').map(Number) as [number, number, number];
  const hour = Number(value.slice(11, 13));
  const minute = Number(value.slice(14, 16));
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return m >= 1 && m <= 12 && d >= 1 && d <= last && hour <= 23 && minute <= 59;
}
