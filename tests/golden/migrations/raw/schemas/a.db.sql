-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "one";

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "two";

-- CreateEnum
CREATE TYPE "one"."mood" AS ENUM ('happy', 'sad');

-- CreateEnum
CREATE TYPE "two"."mood" AS ENUM ('x');

-- CreateTable
CREATE TABLE "one"."t" (
    "id" INTEGER NOT NULL,
    "m" "one"."mood",
    "m2" "two"."mood",

    CONSTRAINT "t_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "two"."t" (
    "id" INTEGER NOT NULL,
    "oid" INTEGER,

    CONSTRAINT "t_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "t_oid_idx" ON "two"."t"("oid" ASC);

-- AddForeignKey
ALTER TABLE "two"."t" ADD CONSTRAINT "t_oid_fkey" FOREIGN KEY ("oid") REFERENCES "one"."t"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;
