/*
  Warnings:

  - The values [TWO] on the enum `E` will be removed. If these variants are still used in the database, this will fail.

*/
-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "extra";

-- CreateEnum
CREATE TYPE "extra"."F" AS ENUM ('X', 'Y');

-- AlterEnum
BEGIN;
CREATE TYPE "base"."E_new" AS ENUM ('ONE');
ALTER TABLE "base"."A" ALTER COLUMN "e" TYPE "base"."E_new" USING ("e"::text::"base"."E_new");
ALTER TYPE "base"."E" RENAME TO "E_old";
ALTER TYPE "base"."E_new" RENAME TO "E";
DROP TYPE "base"."E_old";
COMMIT;

-- CreateTable
CREATE TABLE "extra"."B" (
    "id" INTEGER NOT NULL,
    "aId" INTEGER NOT NULL,
    "f" "extra"."F" NOT NULL DEFAULT 'X',

    CONSTRAINT "B_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "B_aId_idx" ON "extra"."B"("aId");

-- AddForeignKey
ALTER TABLE "extra"."B" ADD CONSTRAINT "B_aId_fkey" FOREIGN KEY ("aId") REFERENCES "base"."A"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
