/*
  Warnings:

  - Added the required column `nick` to the `User` table without a default value. This is not possible if the table is not empty.

*/
-- AlterTable
ALTER TABLE "User" ADD COLUMN     "age" INTEGER NOT NULL DEFAULT 18,
ADD COLUMN     "email" TEXT,
ADD COLUMN     "nick" TEXT NOT NULL;
