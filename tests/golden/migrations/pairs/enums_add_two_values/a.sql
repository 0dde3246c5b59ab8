-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('USER');

-- CreateTable
CREATE TABLE "T" (
    "id" INTEGER NOT NULL,
    "role" "Role" NOT NULL,

    CONSTRAINT "T_pkey" PRIMARY KEY ("id")
);
