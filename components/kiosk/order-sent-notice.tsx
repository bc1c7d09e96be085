"use client";
// "Order sent to the kitchen": shown at the top of the tablet in place of the menu, focused and
// announced (role="status"), so neither a phone-sized screen nor a screen reader can miss it.
import { useFocusWhenShown } from "@/components/use-focus-when-shown";

export function OrderSentNotice({ orderId, onMore }: { orderId: string; onMore: () => void }) {
  const notice = useFocusWhenShown<HTMLParagraphElement>(orderId);
  return (
    <div className="kiosk-sent">
      <p ref={notice} tabIndex={-1} role="status" className="form-success">
        <strong>Order sent to the kitchen</strong> (#{orderId.slice(0, 8)}). Enjoy your meal!
      </p>
      <button type="button" className="button" onClick={onMore}>
        Order something else
      </button>
    </div>
  );
}
