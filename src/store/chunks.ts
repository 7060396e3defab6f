// Statements take a bounded number of parameters and IN lists a bounded number of values, so many rows or keys go
// in parts.

/** `items` in consecutive parts of at most `size`. */
export function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
