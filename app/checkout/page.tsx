import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { getActor } from "@/lib/auth/session";
import { listSavedAddresses } from "@/lib/customers/list-saved-addresses";
import { getPaymentProvider } from "@/lib/payments/get-payment-provider";
import { TEST_CARDS } from "@/lib/payments/simulated-provider";
import { CheckoutForm } from "@/components/cart/checkout-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("cart"))("title") };
}
export const dynamic = "force-dynamic";

export default async function CheckoutPage() {
  const actor = await getActor();
  const [addresses, t] = await Promise.all([listSavedAddresses(actor), getTranslations("cart")]);
  return (
    <>
      <h1>{t("title")}</h1>
      <CheckoutForm
        canOrder={actor?.role === "CUSTOMER"}
        signedIn={!!actor}
        addresses={addresses}
        testCards={getPaymentProvider().name === "simulated" ? TEST_CARDS : null}
      />
    </>
  );
}
