-- AlterTable
ALTER TABLE "public"."T" ADD CONSTRAINT "T_pkey" PRIMARY KEY ("a");

-- DropIndex
DROP INDEX "public"."T_a_key";
