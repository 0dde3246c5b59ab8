/*
  Warnings:

  - A unique constraint covering the columns `[a,b]` on the table `T` will be added. If there are existing duplicate values, this will fail.

*/
-- DropIndex
DROP INDEX "T_b_c_idx";

-- DropIndex
DROP INDEX "T_c_key";

-- CreateIndex
CREATE INDEX "T_b_c_idx" ON "T"("b" DESC, "c");

-- CreateIndex
CREATE INDEX "T_d_idx" ON "T" USING GIN ("d");

-- CreateIndex
CREATE UNIQUE INDEX "T_a_b_key" ON "T"("a", "b");

-- RenameIndex
ALTER INDEX "T_a_idx" RENAME TO "T_a_renamed";
