-- DropForeignKey
ALTER TABLE "public"."c" DROP CONSTRAINT "c_u_fkey";

-- DropForeignKey
ALTER TABLE "public"."self" DROP CONSTRAINT "self_parent_fkey";

-- RenameForeignKey
ALTER TABLE "public"."c" RENAME CONSTRAINT "c_p_fkey" TO "c_p_fkey2";

-- AddForeignKey
ALTER TABLE "public"."c" ADD CONSTRAINT "c_u_fkey" FOREIGN KEY ("pu") REFERENCES "public"."p"("u") ON DELETE RESTRICT ON UPDATE NO ACTION;
