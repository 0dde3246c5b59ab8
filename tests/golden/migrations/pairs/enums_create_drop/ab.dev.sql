/*
  Warnings:

  - You are about to drop the column `a` on the `T` table. All the data in the column will be lost.

*/
-- CreateEnum
CREATE TYPE "B" AS ENUM ('Y', 'Z');

-- AlterTable
ALTER TABLE "T" DROP COLUMN "a",
ADD COLUMN     "b" "B";

-- DropEnum
DROP TYPE "A";
