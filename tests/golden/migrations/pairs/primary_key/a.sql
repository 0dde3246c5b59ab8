-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "T" (
    "a" INTEGER NOT NULL,
    "b" INTEGER NOT NULL,
    "c" TEXT NOT NULL,

    CONSTRAINT "T_pkey" PRIMARY KEY ("a")
);

-- CreateIndex
CREATE UNIQUE INDEX "T_c_key" ON "T"("c");
