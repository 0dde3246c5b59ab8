-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "A" AS ENUM ('X', 'Y');

-- CreateTable
CREATE TABLE "T" (
    "id" INTEGER NOT NULL,
    "v" TEXT NOT NULL,
    "w" "A" NOT NULL,

    CONSTRAINT "T_pkey" PRIMARY KEY ("id")
);
