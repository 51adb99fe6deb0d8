// Field rules shared by several request schemas.
import { z } from './zod';

export const text = (max: number) => z.string().max(max, `at most ${max} characters`);

/** Only web links: javascript:, data: and file: URLs would be live in exported reports. */
export const httpUrl = z
  .string()
  .trim()
  .max(2_000)
  .refine((value) => {
    try {
      const url = new URL(value);
      return url.protocol === 'http:' || url.protocol === 'https:';
    } catch {
      return false;
    }
  }, 'must be an http or https URL');

/** A calendar date or a full ISO timestamp. */
export const isoDate = z.iso.date().or(z.iso.datetime({ offset: true }));
