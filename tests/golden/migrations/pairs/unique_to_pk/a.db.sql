-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "public"."T" (
    "a" INTEGER NOT NULL,
    "b" TEXT NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "T_a_key" ON "public"."T"("a" ASC);
