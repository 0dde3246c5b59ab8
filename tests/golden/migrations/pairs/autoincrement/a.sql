-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "T" (
    "id" SERIAL NOT NULL,
    "n" INTEGER NOT NULL,
    "big" BIGSERIAL NOT NULL,

    CONSTRAINT "T_pkey" PRIMARY KEY ("id")
);
