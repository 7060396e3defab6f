// Work counted without a clock, for tests that a cost grows linearly with a text: the elements the array walks
// (find, some, filter and the like) hand to their callbacks while `run` runs. Shared by the long-text tests.

const WALKS = ['find', 'findIndex', 'findLast', 'findLastIndex', 'some', 'every', 'filter', 'map', 'forEach'] as const;

/** The elements array walks hand to their callbacks: the pairing of a sentence's mentions is done with these. */
export function walkWork(run: () => void): number {
  const proto = Array.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
  const saved = WALKS.map((name) => [name, proto[name]!] as const);
  let work = 0;
  for (const [name, original] of saved) {
    proto[name] = function (this: unknown[], ...args: unknown[]) {
      const [callback, ...rest] = args as [(...a: unknown[]) => unknown, ...unknown[]];
      const counted = function (this: unknown, ...a: unknown[]) {
        work++;
        return callback.apply(this, a);
      };
      return original.call(this, counted, ...rest);
    };
  }
  try {
    run();
  } finally {
    for (const [name, original] of saved) proto[name] = original;
  }
  return work;
}
