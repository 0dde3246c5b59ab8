-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "public"."T" (
    "id" INTEGER NOT NULL,
    "a" TEXT NOT NULL,
    "b" TEXT NOT NULL,
    "c" INTEGER NOT NULL,
    "d" JSONB NOT NULL,

    CONSTRAINT "T_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "T_a_idx" ON "public"."T"("a" ASC);

-- CreateIndex
CREATE INDEX "T_b_c_idx" ON "public"."T"("b" ASC, "c" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "T_c_key" ON "public"."T"("c" ASC);
