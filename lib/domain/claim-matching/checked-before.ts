// What "Checked before" lists as checks. A claim someone only highlighted (no
// verdict yet) says nothing about whether the statement holds: listed beside
// real checks it reads like one. It is still worth seeing (someone is on it),
// so it is listed apart rather than left out.

/** Similar claims in two lists, each in the order given: those with a verdict, and those without one. */
export function splitChecks<T extends { verdict: unknown }>(claims: readonly T[]): { checks: T[]; unchecked: T[] } {
  return { checks: claims.filter((claim) => claim.verdict != null), unchecked: claims.filter((claim) => claim.verdict == null) };
}
