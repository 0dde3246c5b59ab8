-- AlterTable
ALTER TABLE "public"."User" DROP COLUMN "email";
