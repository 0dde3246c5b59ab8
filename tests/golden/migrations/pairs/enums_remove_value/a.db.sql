-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "public"."Mood" AS ENUM ('HAPPY', 'SAD', 'MEH');

-- CreateTable
CREATE TABLE "public"."Cat" (
    "id" INTEGER NOT NULL,
    "mood" "public"."Mood" NOT NULL DEFAULT 'MEH',
    "moods" "public"."Mood"[] DEFAULT ARRAY['HAPPY']::"public"."Mood"[],

    CONSTRAINT "Cat_pkey" PRIMARY KEY ("id")
);
