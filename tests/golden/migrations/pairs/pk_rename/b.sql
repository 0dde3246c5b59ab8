-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "T" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "t_primary" PRIMARY KEY ("id")
);
