-- AlterTable
ALTER TABLE "User" DROP COLUMN "email";
