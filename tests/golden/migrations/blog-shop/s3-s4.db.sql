-- CreateIndex
CREATE INDEX "comments_author_id_created_at_idx" ON "public"."comments"("author_id" ASC, "created_at" ASC);
