-- DropTable
DROP TABLE "public"."d";

-- DropEnum
DROP TYPE "public"."color";
