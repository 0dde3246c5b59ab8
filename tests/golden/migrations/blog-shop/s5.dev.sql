-- AlterTable
ALTER TABLE "products" ALTER COLUMN "stock" SET DATA TYPE BIGINT;
