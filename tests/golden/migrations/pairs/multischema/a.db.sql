-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "base";

-- CreateEnum
CREATE TYPE "base"."E" AS ENUM ('ONE', 'TWO');

-- CreateTable
CREATE TABLE "base"."A" (
    "id" INTEGER NOT NULL,
    "e" "base"."E" NOT NULL,

    CONSTRAINT "A_pkey" PRIMARY KEY ("id")
);
