import { z } from "zod";

/** A new table: its number as printed on it ("T12", "Terrace 3") and its seats. */
export const createTableSchema = z.strictObject({
  number: z
    .string()
    .trim()
    .min(1, "Give the table a number")
    .max(20)
    .regex(/^[\p{L}\p{N}][\p{L}\p{N} -]*$/u, "Letters, digits, spaces and dashes only"),
  seats: z.coerce.number().int().min(1).max(30).default(4),
});
export type CreateTableInput = z.input<typeof createTableSchema>;
