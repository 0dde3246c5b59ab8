/*
  Warnings:

  - You are about to alter the column `b` on the `T` table. The data in that column could be lost. The data in that column will be cast from `VarChar(100)` to `VarChar(50)`.
  - You are about to alter the column `c` on the `T` table. The data in that column could be lost. The data in that column will be cast from `Text` to `VarChar(10)`.
  - You are about to alter the column `d` on the `T` table. The data in that column could be lost. The data in that column will be cast from `DoublePrecision` to `Decimal(10,2)`.
  - You are about to alter the column `f` on the `T` table. The data in that column could be lost. The data in that column will be cast from `Decimal(65,30)` to `DoublePrecision`.
  - Changed the type of `g` on the `T` table. No cast exists, the column would be dropped and recreated, which cannot be done if there is data, since the column is required.
  - Changed the type of `h` on the `T` table. No cast exists, the column would be dropped and recreated, which cannot be done if there is data, since the column is required.

*/
-- AlterTable
ALTER TABLE "T" ALTER COLUMN "a" SET DATA TYPE BIGINT,
ALTER COLUMN "b" SET DATA TYPE VARCHAR(50),
ALTER COLUMN "c" SET DATA TYPE VARCHAR(10),
ALTER COLUMN "d" SET DATA TYPE DECIMAL(10,2),
ALTER COLUMN "e" SET DATA TYPE TIMESTAMPTZ(6),
ALTER COLUMN "f" SET DATA TYPE DOUBLE PRECISION,
DROP COLUMN "g",
ADD COLUMN     "g" INTEGER NOT NULL,
DROP COLUMN "h",
ADD COLUMN     "h" INTEGER NOT NULL;
