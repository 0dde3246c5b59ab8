-- AlterTable
ALTER TABLE "T" ADD CONSTRAINT "T_pkey" PRIMARY KEY ("a");

-- DropIndex
DROP INDEX "T_a_key";
