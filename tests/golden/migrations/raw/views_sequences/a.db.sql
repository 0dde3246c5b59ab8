-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "public"."v1" (
    "id" SERIAL NOT NULL,
    "x" SERIAL,

    CONSTRAINT "v1_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."v2" (
    "id" BIGSERIAL NOT NULL,

    CONSTRAINT "v2_pkey" PRIMARY KEY ("id")
);
