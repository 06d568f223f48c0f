// Helpers for work written as generators that pause between pieces (paths played, phases): run one to the end
// at once, or pass its pauses on as another kind of progress. The result never depends on who drives it.

/** Run a generator to its end and return its result. */
export function drain<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Pass a generator's pauses on, each turned into another progress value; returns its result. */
export function* mapProgress<P, Q, T>(steps: Generator<P, T>, map: (progress: P) => Q): Generator<Q, T> {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    yield map(next.value);
  }
}
