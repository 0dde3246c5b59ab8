-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "T" (
    "id" INTEGER NOT NULL,
    "a" INTEGER NOT NULL DEFAULT 2,
    "b" TEXT NOT NULL DEFAULT 'it''s',
    "c" BOOLEAN NOT NULL,
    "d" TIMESTAMP(3) NOT NULL,
    "e" JSONB NOT NULL DEFAULT '{"a": [1, 2]}',
    "f" TEXT NOT NULL DEFAULT 'abc'::text,
    "g" DOUBLE PRECISION NOT NULL DEFAULT 2.5,
    "h" TEXT[] DEFAULT ARRAY[]::TEXT[],

    CONSTRAINT "T_pkey" PRIMARY KEY ("id")
);
