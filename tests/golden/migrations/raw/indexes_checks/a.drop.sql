-- DropTable
DROP TABLE "public"."u";
