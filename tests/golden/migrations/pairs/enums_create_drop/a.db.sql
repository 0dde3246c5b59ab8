-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "public"."A" AS ENUM ('X');

-- CreateTable
CREATE TABLE "public"."T" (
    "id" INTEGER NOT NULL,
    "a" "public"."A" NOT NULL,

    CONSTRAINT "T_pkey" PRIMARY KEY ("id")
);
