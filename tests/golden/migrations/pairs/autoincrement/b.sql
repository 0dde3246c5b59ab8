-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "T" (
    "id" INTEGER NOT NULL,
    "n" SERIAL NOT NULL,
    "big" BIGINT NOT NULL,

    CONSTRAINT "T_pkey" PRIMARY KEY ("id")
);
