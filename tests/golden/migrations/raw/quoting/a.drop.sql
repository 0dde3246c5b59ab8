-- DropTable
DROP TABLE "public"."AAA";

-- DropTable
DROP TABLE "public"."Mixed Case";

-- DropTable
DROP TABLE "public"."_under";

-- DropTable
DROP TABLE "public"."zzz";
