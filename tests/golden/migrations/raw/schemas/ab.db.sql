-- CreateEnum
CREATE TYPE "two"."other" AS ENUM ('x');

-- AlterEnum
ALTER TYPE "one"."mood" ADD VALUE 'meh';

-- DropForeignKey
ALTER TABLE "two"."t" DROP CONSTRAINT "t_oid_fkey";

-- AlterTable
ALTER TABLE "one"."t" DROP COLUMN "m2";

-- DropEnum
DROP TYPE "two"."mood";

-- RenameIndex
ALTER INDEX "two"."t_oid_idx" RENAME TO "t_oid_idx2";
