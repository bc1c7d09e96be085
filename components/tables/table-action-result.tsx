import type { TableActionState } from "@/app/kitchen/[restaurantId]/tables/actions";

/** What a table action answered: its error as an alert, or what it did as a status line. */
export function TableActionResult({ state, doneClassName }: { state: TableActionState; doneClassName: string }) {
  if (state.error) {
    return (
      <p role="alert" className="form-error">
        {state.error}
      </p>
    );
  }
  if (state.done) {
    return (
      <p role="status" className={doneClassName}>
        {state.done}
      </p>
    );
  }
  return null;
}
