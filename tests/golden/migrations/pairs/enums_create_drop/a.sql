-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "A" AS ENUM ('X');

-- CreateTable
CREATE TABLE "T" (
    "id" INTEGER NOT NULL,
    "a" "A" NOT NULL,

    CONSTRAINT "T_pkey" PRIMARY KEY ("id")
);
