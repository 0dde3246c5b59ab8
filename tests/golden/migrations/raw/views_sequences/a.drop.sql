-- DropTable
DROP TABLE "public"."v1";

-- DropTable
DROP TABLE "public"."v2";
