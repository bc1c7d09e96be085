// Input hygiene at the boundary, for every JSON body, query, form and socket payload: text
// PostgreSQL would refuse (NUL) or cannot store as JSON (a lone UTF-16 surrogate) is a 400
// naming the field, and nesting deeper than any of our payloads is a 400 before a
// recursive validator or serializer can overflow its stack.
import { AppError } from "@/lib/errors/app-error";

/** Our deepest payload nests 4 levels; 32 leaves room and still stops a 20,000-deep bomb. */
export const MAX_JSON_DEPTH = 32;

// A high surrogate not followed by a low one, or a low one not preceded by a high one.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function textProblem(text: string): string | null {
  if (text.includes("\u0000")) return "must not contain a NUL character";
  if (LONE_SURROGATE.test(text)) return "must be valid Unicode text (lone surrogate)";
  return null;
}

const fieldName = (path: (string | number)[]) => path.join(".") || "body";

/** Throws a 400 for the first bad string (value or key) or a nesting deeper than maxDepth. */
export function assertCleanInput(value: unknown, maxDepth = MAX_JSON_DEPTH): void {
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value, path: [] }];
  while (stack.length) {
    const { value: current, path } = stack.pop()!;
    if (typeof current === "string") {
      const problem = textProblem(current);
      if (problem) throw invalidText(path, problem);
      continue;
    }
    if (typeof current !== "object" || current === null) continue;
    if (path.length >= maxDepth) {
      throw new AppError(400, `The input nests deeper than ${maxDepth} levels`, "too_deep", [{ path: fieldName(path), message: `nests deeper than ${maxDepth} levels` }]);
    }
    const entries: [string | number, unknown][] = Array.isArray(current) ? current.map((v, i) => [i, v]) : Object.entries(current);
    for (const [key, child] of entries) {
      if (typeof key === "string") {
        const problem = textProblem(key);
        if (problem) throw invalidText([...path, key], `name ${problem}`);
      }
      stack.push({ value: child, path: [...path, key] });
    }
  }
}

/**
 * Whether raw JSON text nests deeper than maxDepth, found by scanning rather than parsing:
 * for decoders that recurse (React's server-action reply) it must be known before parsing.
 */
export function nestsDeeperThan(text: string, maxDepth = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === "\\") i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === "[" || c === "{") {
      if (++depth > maxDepth) return true;
    } else if (c === "]" || c === "}") depth--;
  }
  return false;
}

function invalidText(path: (string | number)[], message: string) {
  const field = fieldName(path);
  return new AppError(400, `Invalid text in ${field}`, "invalid_text", [{ path: field, message }]);
}
