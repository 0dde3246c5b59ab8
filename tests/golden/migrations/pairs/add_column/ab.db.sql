-- AlterTable
ALTER TABLE "public"."User" ADD COLUMN     "age" INTEGER NOT NULL DEFAULT 18,
ADD COLUMN     "email" TEXT,
ADD COLUMN     "nick" TEXT NOT NULL;
