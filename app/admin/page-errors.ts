import { forbidden, notFound } from "next/navigation";
import { AppError } from "@/lib/errors/app-error";

/** For admin pages: a domain 403/404 becomes the 403/404 page rather than the error page. */
export async function orPageError<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof AppError && error.status === 403) forbidden();
    if (error instanceof AppError && error.status === 404) notFound();
    throw error;
  }
}
