/*
  Warnings:

  - Changed the type of `v` on the `T` table. No cast exists, the column would be dropped and recreated, which cannot be done if there is data, since the column is required.
  - Changed the type of `w` on the `T` table. No cast exists, the column would be dropped and recreated, which cannot be done if there is data, since the column is required.

*/
-- AlterTable
ALTER TABLE "T" DROP COLUMN "v",
ADD COLUMN     "v" "A" NOT NULL,
DROP COLUMN "w",
ADD COLUMN     "w" TEXT NOT NULL;
