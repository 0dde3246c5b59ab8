-- DropTable
DROP TABLE "public"."T";
