-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "T" (
    "id" INTEGER NOT NULL,
    "a" TEXT NOT NULL,
    "b" TEXT NOT NULL,
    "c" INTEGER NOT NULL,
    "d" JSONB NOT NULL,

    CONSTRAINT "T_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "T_a_renamed" ON "T"("a");

-- CreateIndex
CREATE INDEX "T_b_c_idx" ON "T"("b" DESC, "c");

-- CreateIndex
CREATE INDEX "T_d_idx" ON "T" USING GIN ("d");

-- CreateIndex
CREATE UNIQUE INDEX "T_a_b_key" ON "T"("a", "b");
