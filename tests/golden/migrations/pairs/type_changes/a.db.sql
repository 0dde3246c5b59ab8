-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "public"."T" (
    "id" INTEGER NOT NULL,
    "a" INTEGER NOT NULL,
    "b" VARCHAR(100) NOT NULL,
    "c" TEXT NOT NULL,
    "d" DOUBLE PRECISION NOT NULL,
    "e" TIMESTAMP(3) NOT NULL,
    "f" DECIMAL(65,30) NOT NULL,
    "g" TEXT NOT NULL,
    "h" INTEGER[],

    CONSTRAINT "T_pkey" PRIMARY KEY ("id")
);
