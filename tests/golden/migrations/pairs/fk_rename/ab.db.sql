-- RenameForeignKey
ALTER TABLE "public"."Post" RENAME CONSTRAINT "Post_authorId_fkey" TO "fk_post_author";
