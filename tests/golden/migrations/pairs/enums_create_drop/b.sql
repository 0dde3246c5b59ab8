-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "B" AS ENUM ('Y', 'Z');

-- CreateTable
CREATE TABLE "T" (
    "id" INTEGER NOT NULL,
    "b" "B",

    CONSTRAINT "T_pkey" PRIMARY KEY ("id")
);
