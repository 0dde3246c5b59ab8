-- AlterTable
ALTER TABLE "public"."posts" DROP COLUMN "view_count";
