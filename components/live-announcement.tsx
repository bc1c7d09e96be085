// A polite live region, present from the first render (a region that appears with its words
// already in it is not announced), which screen readers read each time its text changes.
// Visually hidden: what it says is on screen already, in the surface's own layout.
export function LiveAnnouncement({ text, testId }: { text: string; testId: string }) {
  return (
    <p className="visually-hidden" role="status" aria-live="polite" data-testid={testId}>
      {text}
    </p>
  );
}
