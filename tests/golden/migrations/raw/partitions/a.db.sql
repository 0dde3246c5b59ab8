-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "public"."child" (
    "id" INTEGER NOT NULL,
    "extra" TEXT
);

-- CreateTable
CREATE TABLE "public"."measure" (
    "id" INTEGER NOT NULL,
    "d" DATE NOT NULL,

    CONSTRAINT "measure_pkey" PRIMARY KEY ("id","d")
);

-- CreateTable
CREATE TABLE "public"."parent" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "parent_pkey" PRIMARY KEY ("id")
);
