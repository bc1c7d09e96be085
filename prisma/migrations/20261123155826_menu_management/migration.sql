-- Reports may name users that no longer exist (actor_id had no foreign key before): forget
-- those authors so the new foreign key can be added.
UPDATE "availability_reports" SET "actor_id" = NULL
WHERE "actor_id" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "users" u WHERE u."id" = "actor_id");

-- CreateTable
CREATE TABLE "menu_changes" (
    "id" UUID NOT NULL,
    "restaurant_id" UUID NOT NULL,
    "actor_id" UUID,
    "action" TEXT NOT NULL,
    "entity_id" UUID,
    "changes" JSONB NOT NULL DEFAULT '{}',
    "menu_version" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "menu_changes_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "menu_changes_restaurant_id_created_at_idx" ON "menu_changes"("restaurant_id", "created_at");

-- AddForeignKey
ALTER TABLE "availability_reports" ADD CONSTRAINT "availability_reports_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "menu_changes" ADD CONSTRAINT "menu_changes_restaurant_id_fkey" FOREIGN KEY ("restaurant_id") REFERENCES "restaurants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "menu_changes" ADD CONSTRAINT "menu_changes_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;
