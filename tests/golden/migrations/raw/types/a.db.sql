-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "public"."types" (
    "id" INTEGER NOT NULL,
    "iv" interval,
    "ts" tsvector,
    "pt" point,
    "rng" int4range,
    "m" MONEY[],
    "c" CHAR,
    "bp" CHAR(5),
    "bp1" CHAR(1),
    "vc" VARCHAR,
    "num" DECIMAL,
    "num2" DECIMAL(10,3)[],
    "t0" TIMESTAMP(0),
    "t" TIMESTAMP(6),
    "tz" TIMESTAMPTZ(6),
    "ttz" TIMETZ(6),
    "tm" TIME(4)[],
    "bits" BIT(3),
    "vb" VARBIT(7)[],
    "x" XML,
    "j" JSON,
    "inet" INET,
    "oid" OID,
    "u" UUID DEFAULT gen_random_uuid(),
    "f4" REAL[],
    "by" BYTEA,
    "i2" SMALLINT[],
    "tsz" TIMESTAMPTZ(2)[],
    "vc2" VARCHAR(20)[],

    CONSTRAINT "types_pkey" PRIMARY KEY ("id")
);
