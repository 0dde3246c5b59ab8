-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "A" AS ENUM ('X', 'Y');

-- CreateTable
CREATE TABLE "T" (
    "id" INTEGER NOT NULL,
    "v" "A" NOT NULL,
    "w" TEXT NOT NULL,

    CONSTRAINT "T_pkey" PRIMARY KEY ("id")
);
