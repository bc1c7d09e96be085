// pg_trgm's similarity(a, b) from the trigram sets PostgreSQL itself made (show_trgm: the
// same generate_trgm that similarity() runs, with its word splitting, padding, lower-casing
// and multibyte hashing; a hashed trigram shows as hex, so distinct trigrams stay distinct).
// What remains is trgm_op.c's cnt_sml with DIVUNION: shared / (|a| + |b| - shared), in float4,
// and 0 when either side has none. A float8 quotient of small integers rounded to float4 is
// the float4 quotient (53 ≥ 2 × 24 + 2 bits: double rounding cannot differ).

export function trigramSimilarity(a: readonly string[], b: ReadonlySet<string>): number {
  if (a.length === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const trigram of a) if (b.has(trigram)) shared += 1;
  return Math.fround(shared / (a.length + b.size - shared));
}
