/*
  Warnings:

  - You are about to drop the column `view_count` on the `posts` table. All the data in the column will be lost.

*/
-- AlterTable
ALTER TABLE "posts" DROP COLUMN "view_count";
