-- DropIndex
DROP INDEX "public"."T_b_c_idx";

-- DropIndex
DROP INDEX "public"."T_c_key";

-- CreateIndex
CREATE UNIQUE INDEX "T_a_b_key" ON "public"."T"("a" ASC, "b" ASC);

-- CreateIndex
CREATE INDEX "T_b_c_idx" ON "public"."T"("b" DESC, "c" ASC);

-- CreateIndex
CREATE INDEX "T_d_idx" ON "public"."T" USING GIN ("d" jsonb_ops ASC);

-- RenameIndex
ALTER INDEX "public"."T_a_idx" RENAME TO "T_a_renamed";
