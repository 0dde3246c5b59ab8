-- DropIndex
DROP INDEX "public"."u_brin";

-- DropIndex
DROP INDEX "public"."u_doc";

-- DropIndex
DROP INDEX "public"."u_email_n";

-- DropIndex
DROP INDEX "public"."u_hash";

-- DropIndex
DROP INDEX "public"."u_n_key";

-- CreateIndex
CREATE INDEX "u_doc" ON "public"."u" USING GIN ("doc" jsonb_ops ASC);

-- CreateIndex
CREATE UNIQUE INDEX "u_email_n" ON "public"."u"("n" ASC, "email" ASC);

-- RenameIndex
ALTER INDEX "public"."u_tags" RENAME TO "u_tags_renamed";
