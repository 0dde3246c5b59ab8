-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "T" (
    "a" INTEGER NOT NULL,
    "b" TEXT NOT NULL,

    CONSTRAINT "T_pkey" PRIMARY KEY ("a")
);
