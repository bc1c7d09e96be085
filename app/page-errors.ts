// The page adapter of lib/errors: a domain 403/404 (or a refused input: 400) renders the
// 403/404 page rather than the error page; anything else is Next's error page, logged.
import { forbidden, notFound } from "next/navigation";
import { describeExpected } from "@/lib/errors/describe-error";

export async function orPageError<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    const status = describeExpected(error)?.status;
    if (status === 403) forbidden();
    if (status === 404 || status === 400) notFound();
    throw error;
  }
}
