-- AlterTable
ALTER TABLE "public"."products" ALTER COLUMN "stock" SET DATA TYPE BIGINT;
