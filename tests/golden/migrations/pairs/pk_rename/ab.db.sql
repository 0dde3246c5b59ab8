-- AlterTable
ALTER TABLE "public"."T" RENAME CONSTRAINT "T_pkey" TO "t_primary";
