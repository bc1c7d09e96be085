-- CreateTable
CREATE TABLE "live_events" (
    "seq" BIGSERIAL NOT NULL,
    "txid" BIGINT NOT NULL DEFAULT (pg_current_xact_id())::text::bigint,
    "chain_id" UUID,
    "restaurant_id" UUID,
    "type" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "live_events_pkey" PRIMARY KEY ("seq")
);

-- CreateIndex
CREATE INDEX "live_events_chain_id_txid_idx" ON "live_events"("chain_id", "txid");

-- CreateIndex
CREATE INDEX "live_events_txid_idx" ON "live_events"("txid");

-- CreateIndex
CREATE INDEX "live_events_created_at_idx" ON "live_events"("created_at");
