-- AlterTable
ALTER TABLE "_friends" ADD CONSTRAINT "_friends_AB_pkey" PRIMARY KEY ("A", "B");

-- DropIndex
DROP INDEX "_friends_AB_unique";
