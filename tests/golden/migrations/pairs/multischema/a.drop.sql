-- DropTable
DROP TABLE "base"."A";

-- DropEnum
DROP TYPE "base"."E";
