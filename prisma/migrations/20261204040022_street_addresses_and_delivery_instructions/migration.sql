-- AlterTable
ALTER TABLE "orders" ADD COLUMN     "delivery_instructions" TEXT;

-- CreateTable
CREATE TABLE "street_addresses" (
    "id" UUID NOT NULL,
    "street" TEXT NOT NULL,
    "house_number" INTEGER NOT NULL,
    "postcode" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "lat" DOUBLE PRECISION NOT NULL,
    "lng" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "street_addresses_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "street_addresses_lat_lng_idx" ON "street_addresses"("lat", "lng");

-- CreateIndex
CREATE UNIQUE INDEX "street_addresses_city_street_house_number_key" ON "street_addresses"("city", "street", "house_number");

-- ---------------------------------------------------------------------------
-- Hand-written.
-- ---------------------------------------------------------------------------

-- The same bound as the checkout's schema (lib/orders/place-order.ts), kept by the database too.
ALTER TABLE "orders" ADD CONSTRAINT "orders_delivery_instructions_length" CHECK (char_length("delivery_instructions") <= 300);

-- Typo-tolerant street lookup ("Prinsengr", "damrk"): trigram word similarity between the
-- typed street and the normalised street name, served by a GiST index like search_terms.
CREATE INDEX "street_addresses_street_trgm_idx" ON "street_addresses" USING GIST (search_normalize("street") gist_trgm_ops);
