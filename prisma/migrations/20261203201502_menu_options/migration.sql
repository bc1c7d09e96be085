-- AlterTable
ALTER TABLE "food_items" ADD COLUMN     "allergens" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "may_contain" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "orders" ADD COLUMN     "kitchen_note" TEXT;

-- AlterTable
ALTER TABLE "order_items" ADD COLUMN     "allergens" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "options" JSONB NOT NULL DEFAULT '[]';

-- CreateTable
CREATE TABLE "option_groups" (
    "id" UUID NOT NULL,
    "restaurant_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "min_select" INTEGER NOT NULL DEFAULT 0,
    "max_select" INTEGER NOT NULL DEFAULT 1,
    "position" INTEGER NOT NULL DEFAULT 0,
    "archived_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "option_groups_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "menu_options" (
    "id" UUID NOT NULL,
    "group_id" UUID NOT NULL,
    "restaurant_id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "price_delta_cents" INTEGER NOT NULL DEFAULT 0,
    "is_default" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL DEFAULT 0,
    "in_stock" BOOLEAN NOT NULL DEFAULT true,
    "quantity" INTEGER,
    "version" INTEGER NOT NULL DEFAULT 0,
    "allergens" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "may_contain" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "voids_diet" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "archived_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "menu_options_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "item_option_groups" (
    "item_id" UUID NOT NULL,
    "group_id" UUID NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "item_option_groups_pkey" PRIMARY KEY ("item_id","group_id")
);

-- CreateIndex
CREATE INDEX "option_groups_restaurant_id_position_idx" ON "option_groups"("restaurant_id", "position");

-- CreateIndex
CREATE INDEX "menu_options_group_id_position_idx" ON "menu_options"("group_id", "position");

-- CreateIndex
CREATE INDEX "menu_options_restaurant_id_idx" ON "menu_options"("restaurant_id");

-- CreateIndex
CREATE INDEX "item_option_groups_group_id_idx" ON "item_option_groups"("group_id");

-- AddForeignKey
ALTER TABLE "option_groups" ADD CONSTRAINT "option_groups_restaurant_id_fkey" FOREIGN KEY ("restaurant_id") REFERENCES "restaurants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "menu_options" ADD CONSTRAINT "menu_options_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "option_groups"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "menu_options" ADD CONSTRAINT "menu_options_restaurant_id_fkey" FOREIGN KEY ("restaurant_id") REFERENCES "restaurants"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_option_groups" ADD CONSTRAINT "item_option_groups_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "food_items"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_option_groups" ADD CONSTRAINT "item_option_groups_group_id_fkey" FOREIGN KEY ("group_id") REFERENCES "option_groups"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: what the database itself must refuse.
ALTER TABLE "option_groups" ADD CONSTRAINT "option_groups_select_range"
  CHECK ("min_select" >= 0 AND "max_select" >= 1 AND "min_select" <= "max_select");
-- Never below zero: the order path's guarded decrement and staff counts both rely on it.
ALTER TABLE "menu_options" ADD CONSTRAINT "menu_options_quantity_nonnegative" CHECK ("quantity" IS NULL OR "quantity" >= 0);
ALTER TABLE "food_items" ALTER COLUMN "allergens" SET NOT NULL, ALTER COLUMN "may_contain" SET NOT NULL;
ALTER TABLE "order_items" ALTER COLUMN "allergens" SET NOT NULL;
ALTER TABLE "menu_options" ALTER COLUMN "allergens" SET NOT NULL, ALTER COLUMN "may_contain" SET NOT NULL,
  ALTER COLUMN "voids_diet" SET NOT NULL;
