// A server's message about one field, under that field, announced and tied to it
// (the field carries aria-describedby={id} and aria-invalid).
export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <small id={id} className="field-error" role="alert">
      {message}
    </small>
  );
}

/** The props that tie a field to its FieldError. */
export function invalidProps(id: string, message?: string) {
  return message ? { "aria-invalid": true as const, "aria-describedby": id } : {};
}

/**
 * The API's 400 messages for the fields a form shows ("allergens.2" counts as "allergens"),
 * and whether any message is about something else, which the form's general error then shows.
 */
export function fieldMessages<TName extends string>(fields: Readonly<Record<string, string>>, names: readonly TName[]) {
  const byName: Partial<Record<TName, string>> = {};
  let elsewhere = false;
  for (const [path, message] of Object.entries(fields)) {
    const name = names.find((n) => path === n || path.startsWith(`${n}.`));
    if (name) byName[name] ??= message;
    else elsewhere = true;
  }
  return { byName, elsewhere };
}
