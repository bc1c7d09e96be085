-- CreateTable
CREATE TABLE "driver_positions" (
    "id" BIGSERIAL NOT NULL,
    "driver_id" UUID NOT NULL,
    "order_id" UUID,
    "lat" DOUBLE PRECISION NOT NULL,
    "lng" DOUBLE PRECISION NOT NULL,
    "accuracy_meters" DOUBLE PRECISION,
    "speed" DOUBLE PRECISION,
    "heading" DOUBLE PRECISION,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL,
    "received_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "driver_positions_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "driver_positions_driver_id_recorded_at_idx" ON "driver_positions"("driver_id", "recorded_at");

-- AddForeignKey
ALTER TABLE "driver_positions" ADD CONSTRAINT "driver_positions_driver_id_fkey" FOREIGN KEY ("driver_id") REFERENCES "drivers"("id") ON DELETE CASCADE ON UPDATE CASCADE;
