-- CreateEnum
CREATE TYPE "public"."B" AS ENUM ('Y', 'Z');

-- AlterTable
ALTER TABLE "public"."T" DROP COLUMN "a",
ADD COLUMN     "b" "public"."B";

-- DropEnum
DROP TYPE "public"."A";
