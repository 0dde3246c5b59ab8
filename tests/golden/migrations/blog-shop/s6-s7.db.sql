-- AlterTable
ALTER TABLE "public"."tags" ALTER COLUMN "name" SET DATA TYPE VARCHAR(100);
