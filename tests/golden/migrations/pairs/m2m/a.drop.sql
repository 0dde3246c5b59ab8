-- DropTable
DROP TABLE "public"."Post";

-- DropTable
DROP TABLE "public"."Tag";
