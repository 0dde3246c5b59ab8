-- DropForeignKey
ALTER TABLE "public"."B" DROP CONSTRAINT "B_aId_fkey";

-- DropTable
DROP TABLE "public"."A";

-- DropTable
DROP TABLE "public"."B";
