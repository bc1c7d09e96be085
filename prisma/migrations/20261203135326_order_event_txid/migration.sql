-- AlterTable
ALTER TABLE "order_events" ADD COLUMN     "txid" BIGINT NOT NULL DEFAULT (pg_current_xact_id())::text::bigint;

-- CreateIndex
CREATE INDEX "order_events_restaurant_id_txid_idx" ON "order_events"("restaurant_id", "txid");
