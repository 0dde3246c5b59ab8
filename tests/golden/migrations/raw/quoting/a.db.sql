-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "public"."AAA" (
    "a" INTEGER
);

-- CreateTable
CREATE TABLE "public"."Mixed Case" (
    "Some Column" TEXT,
    "id" INTEGER NOT NULL,
    "ÿnicode" TEXT,

    CONSTRAINT "Mixed Case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."_under" (
    "a" INTEGER
);

-- CreateTable
CREATE TABLE "public"."zzz" (
    "a" INTEGER
);

-- CreateIndex
CREATE INDEX "weird index" ON "public"."Mixed Case"("Some Column" ASC);
