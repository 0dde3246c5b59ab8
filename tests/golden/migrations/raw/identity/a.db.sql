-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "public"."t" (
    "id" SERIAL NOT NULL,
    "b" BIGSERIAL NOT NULL,
    "s" SMALLSERIAL NOT NULL,
    "name" TEXT,

    CONSTRAINT "t_pkey" PRIMARY KEY ("id")
);
