-- DropTable
DROP TABLE "public"."T";

-- DropEnum
DROP TYPE "public"."A";
