import type { Metadata } from "next";
import { getActor } from "@/lib/auth/session";
import { listSavedAddresses } from "@/lib/customers/list-saved-addresses";
import { getPaymentProvider } from "@/lib/payments/get-payment-provider";
import { TEST_CARDS } from "@/lib/payments/simulated-provider";
import { CheckoutForm } from "@/components/cart/checkout-form";

export const metadata: Metadata = { title: "Checkout" };
export const dynamic = "force-dynamic";

export default async function CheckoutPage() {
  const actor = await getActor();
  const addresses = await listSavedAddresses(actor);
  return (
    <>
      <h1>Checkout</h1>
      <CheckoutForm
        canOrder={actor?.role === "CUSTOMER"}
        signedIn={!!actor}
        addresses={addresses}
        testCards={getPaymentProvider().name === "simulated" ? TEST_CARDS : null}
      />
    </>
  );
}
