// Compile-time checks, nothing at run time: a type that must equal another
// (a response schema and the domain type it describes, a domain enum and
// Prisma's) makes `tsc` fail the moment one side changes alone.

/** true only when A and B are the same type (not merely assignable one way). */
export type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
export type Expect<T extends true> = T;
