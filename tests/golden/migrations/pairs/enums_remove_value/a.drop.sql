-- DropTable
DROP TABLE "public"."Cat";

-- DropEnum
DROP TYPE "public"."Mood";
