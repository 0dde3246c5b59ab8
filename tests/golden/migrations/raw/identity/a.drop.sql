-- DropTable
DROP TABLE "public"."t";
