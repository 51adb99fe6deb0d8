// The one speed guard for tests of inputs that used to stall the server
// (issue 12). Not a speed target (those live in `npm run bench`): the bound
// each test passes is at least 10x what the fixed code takes and far below
// what the broken code took, so it tells them apart without flaking.

/** Runs `work` and fails the test when it took `ms` or longer; returns its result. */
export function withinMs<T>(ms: number, work: () => T): T {
  const started = performance.now();
  const result = work();
  expect(performance.now() - started).toBeLessThan(ms);
  return result;
}

/** The same for asynchronous work (a request through a route handler). */
export async function withinMsAsync<T>(ms: number, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  expect(performance.now() - started).toBeLessThan(ms);
  return result;
}
