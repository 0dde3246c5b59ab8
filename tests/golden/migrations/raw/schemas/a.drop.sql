-- DropForeignKey
ALTER TABLE "two"."t" DROP CONSTRAINT "t_oid_fkey";

-- DropTable
DROP TABLE "one"."t";

-- DropTable
DROP TABLE "two"."t";

-- DropEnum
DROP TYPE "one"."mood";

-- DropEnum
DROP TYPE "two"."mood";
