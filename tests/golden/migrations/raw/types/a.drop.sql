-- DropTable
DROP TABLE "public"."types";
