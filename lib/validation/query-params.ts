// Building blocks for query-string parameters, which always arrive as strings.
import { z } from './zod';

/** An empty parameter (`?limit=`) counts as absent rather than invalid. */
export const absentWhenEmpty = <S extends z.ZodType>(schema: S) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

/** `?limit=`: a whole number from 1 to `max`. */
export const limitParam = (max: number) =>
  z
    .string()
    .regex(/^[0-9]{1,4}$/, `a whole number from 1 to ${max}`)
    .transform(Number)
    .pipe(z.number().int().min(1, 'at least 1').max(max, `at most ${max}`));

/** `?threshold=`: a score from 0 to 1. */
export const scoreParam = () =>
  z
    .string()
    .regex(/^(0(\.[0-9]{1,6})?|1(\.0{1,6})?|\.[0-9]{1,6})$/, 'a number from 0 to 1')
    .transform(Number)
    .pipe(z.number().min(0, 'at least 0').max(1, 'at most 1'));
