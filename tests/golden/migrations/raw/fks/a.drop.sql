-- DropForeignKey
ALTER TABLE "public"."c" DROP CONSTRAINT "c_p_fkey";

-- DropForeignKey
ALTER TABLE "public"."c" DROP CONSTRAINT "c_u_fkey";

-- DropForeignKey
ALTER TABLE "public"."self" DROP CONSTRAINT "self_parent_fkey";

-- DropTable
DROP TABLE "public"."c";

-- DropTable
DROP TABLE "public"."p";

-- DropTable
DROP TABLE "public"."self";
