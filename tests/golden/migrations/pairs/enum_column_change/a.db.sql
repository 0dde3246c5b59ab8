-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "public"."A" AS ENUM ('X', 'Y');

-- CreateTable
CREATE TABLE "public"."T" (
    "id" INTEGER NOT NULL,
    "v" TEXT NOT NULL,
    "w" "public"."A" NOT NULL,

    CONSTRAINT "T_pkey" PRIMARY KEY ("id")
);
