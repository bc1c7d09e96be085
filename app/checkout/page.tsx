import type { Metadata } from "next";
import { getActor } from "@/lib/auth/session";
import { prisma } from "@/lib/db/client";
import { getPaymentProvider } from "@/lib/payments/get-payment-provider";
import { TEST_CARDS } from "@/lib/payments/simulated-provider";
import { CheckoutForm } from "@/components/cart/checkout-form";

export const metadata: Metadata = { title: "Checkout" };
export const dynamic = "force-dynamic";

export default async function CheckoutPage() {
  const actor = await getActor();
  const addresses =
    actor?.role === "CUSTOMER"
      ? await prisma.address.findMany({
          where: { userId: actor.userId },
          orderBy: [{ isDefault: "desc" }, { createdAt: "asc" }],
          select: { id: true, label: true, line1: true, city: true, lat: true, lng: true },
        })
      : [];
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
