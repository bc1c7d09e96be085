-- CreateEnum
CREATE TYPE "OfferStatus" AS ENUM ('PENDING', 'ACCEPTED', 'DECLINED', 'EXPIRED', 'WITHDRAWN');

-- CreateEnum
CREATE TYPE "ObservationSource" AS ENUM ('INTERNAL', 'FEED', 'PUSH');

-- DropIndex
DROP INDEX "notifications_status_idx";

-- AlterTable
ALTER TABLE "orders" ADD COLUMN     "delivered_at" TIMESTAMPTZ(3),
ADD COLUMN     "driver_payout_cents" INTEGER,
ADD COLUMN     "picked_up_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "sales_channels" ADD COLUMN     "poll_seconds" INTEGER NOT NULL DEFAULT 180;

-- AlterTable
ALTER TABLE "listings" ADD COLUMN     "orderable_item_ids" UUID[],
ADD COLUMN     "state_since" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "incidents" ADD COLUMN     "acknowledged_by_id" UUID,
ADD COLUMN     "escalated_at" TIMESTAMPTZ(3),
ADD COLUMN     "resolution" TEXT,
ADD COLUMN     "resolved_by_id" UUID;

-- AlterTable
ALTER TABLE "notifications" ADD COLUMN     "kind" TEXT NOT NULL DEFAULT 'opened',
ADD COLUMN     "last_error" TEXT,
ADD COLUMN     "next_attempt_at" TIMESTAMPTZ(3),
ADD COLUMN     "webhook_id" UUID;

-- CreateTable
CREATE TABLE "delivery_offers" (
    "id" UUID NOT NULL,
    "order_id" UUID NOT NULL,
    "driver_id" UUID NOT NULL,
    "status" "OfferStatus" NOT NULL DEFAULT 'PENDING',
    "score" DOUBLE PRECISION NOT NULL,
    "pickup_eta_seconds" INTEGER NOT NULL,
    "distance_meters" INTEGER NOT NULL,
    "payout_cents" INTEGER NOT NULL,
    "offered_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "responded_at" TIMESTAMPTZ(3),

    CONSTRAINT "delivery_offers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "eta_estimates" (
    "id" BIGSERIAL NOT NULL,
    "order_id" UUID NOT NULL,
    "eta_at" TIMESTAMPTZ(3) NOT NULL,
    "reason" TEXT NOT NULL,
    "driver_lat" DOUBLE PRECISION,
    "driver_lng" DOUBLE PRECISION,
    "computed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "eta_estimates_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "listing_observations" (
    "id" UUID NOT NULL,
    "listing_id" UUID NOT NULL,
    "source" "ObservationSource" NOT NULL,
    "source_event_id" TEXT NOT NULL,
    "state" "ListingState" NOT NULL,
    "details" JSONB NOT NULL DEFAULT '{}',
    "observed_at" TIMESTAMPTZ(3) NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "listing_observations_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "listing_state_spans" (
    "id" UUID NOT NULL,
    "listing_id" UUID NOT NULL,
    "state" "ListingState" NOT NULL,
    "started_at" TIMESTAMPTZ(3) NOT NULL,
    "ended_at" TIMESTAMPTZ(3),

    CONSTRAINT "listing_state_spans_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "discrepancy_signals" (
    "dedupe_key" TEXT NOT NULL,
    "rule" TEXT NOT NULL,
    "restaurant_id" UUID NOT NULL,
    "listing_id" UUID,
    "details" JSONB NOT NULL DEFAULT '{}',
    "first_seen_at" TIMESTAMPTZ(3) NOT NULL,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "discrepancy_signals_pkey" PRIMARY KEY ("dedupe_key")
);

-- CreateTable
CREATE TABLE "rule_settings" (
    "chain_id" UUID NOT NULL,
    "rule" TEXT NOT NULL,
    "grace_seconds" INTEGER NOT NULL,
    "severity" "Severity" NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "rule_settings_pkey" PRIMARY KEY ("chain_id","rule")
);

-- CreateTable
CREATE TABLE "alert_subscriptions" (
    "id" UUID NOT NULL,
    "user_id" UUID NOT NULL,
    "restaurant_ids" UUID[],
    "channel_codes" TEXT[],
    "min_severity" "Severity" NOT NULL DEFAULT 'LOW',
    "email" BOOLEAN NOT NULL DEFAULT true,
    "in_app" BOOLEAN NOT NULL DEFAULT true,
    "quiet_start_minute" SMALLINT,
    "quiet_end_minute" SMALLINT,
    "time_zone" TEXT NOT NULL DEFAULT 'Europe/Amsterdam',
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "alert_subscriptions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webhook_endpoints" (
    "id" UUID NOT NULL,
    "chain_id" UUID NOT NULL,
    "url" TEXT NOT NULL,
    "secret" TEXT NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "webhook_endpoints_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "incident_comments" (
    "id" UUID NOT NULL,
    "incident_id" UUID NOT NULL,
    "author_id" UUID,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "incident_comments_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "captured_emails" (
    "id" UUID NOT NULL,
    "notification_id" UUID,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT,
    "message_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "captured_emails_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "delivery_offers_order_id_offered_at_idx" ON "delivery_offers"("order_id", "offered_at");

-- CreateIndex
CREATE INDEX "delivery_offers_driver_id_offered_at_idx" ON "delivery_offers"("driver_id", "offered_at");

-- CreateIndex
CREATE INDEX "delivery_offers_status_expires_at_idx" ON "delivery_offers"("status", "expires_at");

-- CreateIndex
CREATE INDEX "eta_estimates_order_id_computed_at_idx" ON "eta_estimates"("order_id", "computed_at");

-- CreateIndex
CREATE INDEX "listing_observations_listing_id_observed_at_idx" ON "listing_observations"("listing_id", "observed_at");

-- CreateIndex
CREATE UNIQUE INDEX "listing_observations_listing_id_source_event_id_key" ON "listing_observations"("listing_id", "source_event_id");

-- CreateIndex
CREATE INDEX "listing_state_spans_listing_id_started_at_idx" ON "listing_state_spans"("listing_id", "started_at");

-- CreateIndex
CREATE INDEX "discrepancy_signals_restaurant_id_idx" ON "discrepancy_signals"("restaurant_id");

-- CreateIndex
CREATE UNIQUE INDEX "alert_subscriptions_user_id_key" ON "alert_subscriptions"("user_id");

-- CreateIndex
CREATE INDEX "webhook_endpoints_chain_id_idx" ON "webhook_endpoints"("chain_id");

-- CreateIndex
CREATE INDEX "incident_comments_incident_id_created_at_idx" ON "incident_comments"("incident_id", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "captured_emails_notification_id_key" ON "captured_emails"("notification_id");

-- CreateIndex
CREATE INDEX "captured_emails_created_at_idx" ON "captured_emails"("created_at");

-- CreateIndex
CREATE INDEX "notifications_status_next_attempt_at_idx" ON "notifications"("status", "next_attempt_at");

-- AddForeignKey
ALTER TABLE "delivery_offers" ADD CONSTRAINT "delivery_offers_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "delivery_offers" ADD CONSTRAINT "delivery_offers_driver_id_fkey" FOREIGN KEY ("driver_id") REFERENCES "drivers"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "eta_estimates" ADD CONSTRAINT "eta_estimates_order_id_fkey" FOREIGN KEY ("order_id") REFERENCES "orders"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "listing_observations" ADD CONSTRAINT "listing_observations_listing_id_fkey" FOREIGN KEY ("listing_id") REFERENCES "listings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "listing_state_spans" ADD CONSTRAINT "listing_state_spans_listing_id_fkey" FOREIGN KEY ("listing_id") REFERENCES "listings"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rule_settings" ADD CONSTRAINT "rule_settings_chain_id_fkey" FOREIGN KEY ("chain_id") REFERENCES "chains"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "alert_subscriptions" ADD CONSTRAINT "alert_subscriptions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "webhook_endpoints" ADD CONSTRAINT "webhook_endpoints_chain_id_fkey" FOREIGN KEY ("chain_id") REFERENCES "chains"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incident_comments" ADD CONSTRAINT "incident_comments_incident_id_fkey" FOREIGN KEY ("incident_id") REFERENCES "incidents"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "incident_comments" ADD CONSTRAINT "incident_comments_author_id_fkey" FOREIGN KEY ("author_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "captured_emails" ADD CONSTRAINT "captured_emails_notification_id_fkey" FOREIGN KEY ("notification_id") REFERENCES "notifications"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_webhook_id_fkey" FOREIGN KEY ("webhook_id") REFERENCES "webhook_endpoints"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written constraints Prisma cannot express.

-- At most one open offer per order and per driver: dispatch offers one driver at a time,
-- and a driver looks at one offer at a time.
CREATE UNIQUE INDEX "delivery_offers_one_pending_per_order" ON "delivery_offers" ("order_id") WHERE "status" = 'PENDING';
CREATE UNIQUE INDEX "delivery_offers_one_pending_per_driver" ON "delivery_offers" ("driver_id") WHERE "status" = 'PENDING';

-- One current band per listing.
CREATE UNIQUE INDEX "listing_state_spans_one_current" ON "listing_state_spans" ("listing_id") WHERE "ended_at" IS NULL;

-- One alert per incident, kind and recipient (user or webhook), even when two workers race.
CREATE UNIQUE INDEX "notifications_one_per_incident_recipient" ON "notifications"
  ("incident_id", "kind", "channel", COALESCE("user_id", '00000000-0000-0000-0000-000000000000'::uuid), COALESCE("webhook_id", '00000000-0000-0000-0000-000000000000'::uuid))
  WHERE "incident_id" IS NOT NULL;

-- Uptime and lost-sales queries read incidents of a chain by time.
CREATE INDEX "incidents_open_by_restaurant" ON "incidents" ("restaurant_id") WHERE "state" <> 'RESOLVED';
