"use client";
// "Order sent to the kitchen": shown at the top of the tablet in place of the menu, focused and
// announced (role="status"), so neither a phone-sized screen nor a screen reader can miss it.
import { useTranslations } from "next-intl";
import { useFocusWhenShown } from "@/components/use-focus-when-shown";

export function OrderSentNotice({ orderId, onMore }: { orderId: string; onMore: () => void }) {
  const t = useTranslations("kiosk.sent");
  const notice = useFocusWhenShown<HTMLParagraphElement>(orderId);
  return (
    <div className="kiosk-sent">
      <p ref={notice} tabIndex={-1} role="status" className="form-success">
        {t.rich("notice", { id: orderId.slice(0, 8), strong: (chunks) => <strong>{chunks}</strong> })}
      </p>
      <button type="button" className="button" onClick={onMore}>
        {t("more")}
      </button>
    </div>
  );
}
