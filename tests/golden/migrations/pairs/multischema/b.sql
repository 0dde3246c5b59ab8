-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "base";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "extra";

-- CreateEnum
CREATE TYPE "base"."E" AS ENUM ('ONE');

-- CreateEnum
CREATE TYPE "extra"."F" AS ENUM ('X', 'Y');

-- CreateTable
CREATE TABLE "base"."A" (
    "id" INTEGER NOT NULL,
    "e" "base"."E" NOT NULL,

    CONSTRAINT "A_pkey" PRIMARY KEY ("id")
);

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
