-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "public"."color" AS ENUM ('red', 'green', 'it's');

-- CreateTable
CREATE TABLE "public"."d" (
    "id" INTEGER NOT NULL,
    "expr" INTEGER DEFAULT (1 + 2),
    "neg" INTEGER DEFAULT -5,
    "big" BIGINT DEFAULT 9223372036854775807,
    "f" DOUBLE PRECISION DEFAULT -1250,
    "n" DECIMAL(10,2) DEFAULT 3.10,
    "j" JSONB DEFAULT '{}',
    "jl" JSONB[] DEFAULT ARRAY['{"a": 1}']::JSONB[],
    "arr" TEXT[] DEFAULT ARRAY['a', 'b c', 'it''s']::TEXT[],
    "iarr" INTEGER[] DEFAULT ARRAY[1, 2, 3]::INTEGER[],
    "barr" BOOLEAN[] DEFAULT ARRAY[true, false]::BOOLEAN[],
    "farr" DOUBLE PRECISION[] DEFAULT ARRAY[(1.5)::double precision, ('-2'::integer)::double precision],
    "earr" "public"."color"[] DEFAULT ARRAY['red', 'it''s']::"public"."color"[],
    "e" "public"."color" DEFAULT 'green',
    "b" BOOLEAN DEFAULT false,
    "s" TEXT DEFAULT 'line
break',
    "s2" VARCHAR(10) DEFAULT 'abc',
    "ts" TIMESTAMP(3) DEFAULT CURRENT_TIMESTAMP,
    "ts2" TIMESTAMP(6) DEFAULT '2020-01-01 00:00:00'::timestamp without time zone,
    "tz" TIMESTAMPTZ(6) DEFAULT CURRENT_TIMESTAMP,
    "d" DATE DEFAULT CURRENT_DATE,
    "by" BYTEA DEFAULT '\xdeadbeef',
    "u" UUID DEFAULT '00000000-0000-0000-0000-000000000000'::uuid,

    CONSTRAINT "d_pkey" PRIMARY KEY ("id")
);
