// Archive (take off the menu for good) after the browser's confirm: the same button for
// categories, items, option groups and options.
import { useTranslations } from "next-intl";

export function ArchiveButton({ confirmText, pending, onArchive, label }: { confirmText: string; pending: boolean; onArchive: () => void; label?: string }) {
  const t = useTranslations("menuAdmin");
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
      {t("actions.archive")}
    </button>
  );
}
