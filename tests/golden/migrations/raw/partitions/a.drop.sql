-- DropTable
DROP TABLE "public"."child";

-- DropTable
DROP TABLE "public"."measure";

-- DropTable
DROP TABLE "public"."parent";
