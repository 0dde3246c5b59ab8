-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "public"."Role" AS ENUM ('USER');

-- CreateTable
CREATE TABLE "public"."T" (
    "id" INTEGER NOT NULL,
    "role" "public"."Role" NOT NULL,

    CONSTRAINT "T_pkey" PRIMARY KEY ("id")
);
