-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "C" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "C_pkey" PRIMARY KEY ("id")
);
