-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "T" (
    "a" INTEGER NOT NULL,
    "b" TEXT NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "T_a_key" ON "T"("a");
