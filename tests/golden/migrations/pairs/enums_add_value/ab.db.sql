-- AlterEnum
ALTER TYPE "public"."Role" ADD VALUE 'GUEST';
