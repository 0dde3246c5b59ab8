/*
  Warnings:

  - You are about to drop the `A` table. If the table is not empty, all the data it contains will be lost.
  - You are about to drop the `B` table. If the table is not empty, all the data it contains will be lost.

*/
-- DropForeignKey
ALTER TABLE "B" DROP CONSTRAINT "B_aId_fkey";

-- DropTable
DROP TABLE "A";

-- DropTable
DROP TABLE "B";
