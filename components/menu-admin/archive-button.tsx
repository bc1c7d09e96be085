// Archive (take off the menu for good) after the browser's confirm: the same button for
// categories, items, option groups and options.
export function ArchiveButton({ confirmText, pending, onArchive, label }: { confirmText: string; pending: boolean; onArchive: () => void; label?: string }) {
  return (
    <button
      type="button"
      className="button button-quiet button-small"
      aria-label={label}
      disabled={pending}
      onClick={() => {
        if (window.confirm(confirmText)) onArchive();
      }}
    >
      Archive
    </button>
  );
}
