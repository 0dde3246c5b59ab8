-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "T" (
    "id" INTEGER NOT NULL,
    "a" CHAR(3) NOT NULL,
    "b" UUID NOT NULL,
    "c" XML NOT NULL,
    "d" INET NOT NULL,
    "e" SMALLINT NOT NULL,
    "f" OID NOT NULL,
    "g" REAL NOT NULL,
    "h" MONEY NOT NULL,
    "i" DATE NOT NULL,
    "j" TIME(2) NOT NULL,
    "k" TIMETZ NOT NULL,
    "l" BIT(4) NOT NULL,
    "m" VARBIT NOT NULL,
    "n" JSON NOT NULL,
    "o" BYTEA NOT NULL DEFAULT '\x010203',
    "p" VARCHAR(20)[],
    "q" DECIMAL(8,3)[],
    "r" TIMESTAMP(0)[],
    "s" tsvector,
    "t" circle[],

    CONSTRAINT "T_pkey" PRIMARY KEY ("id")
);
