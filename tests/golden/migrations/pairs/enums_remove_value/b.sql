-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Mood" AS ENUM ('HAPPY', 'SAD');

-- CreateTable
CREATE TABLE "Cat" (
    "id" INTEGER NOT NULL,
    "mood" "Mood" NOT NULL DEFAULT 'SAD',
    "moods" "Mood"[] DEFAULT ARRAY['HAPPY']::"Mood"[],

    CONSTRAINT "Cat_pkey" PRIMARY KEY ("id")
);
