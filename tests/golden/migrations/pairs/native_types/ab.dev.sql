/*
  Warnings:

  - Added the required column `a` to the `T` table without a default value. This is not possible if the table is not empty.
  - Added the required column `b` to the `T` table without a default value. This is not possible if the table is not empty.
  - Added the required column `c` to the `T` table without a default value. This is not possible if the table is not empty.
  - Added the required column `d` to the `T` table without a default value. This is not possible if the table is not empty.
  - Added the required column `e` to the `T` table without a default value. This is not possible if the table is not empty.
  - Added the required column `f` to the `T` table without a default value. This is not possible if the table is not empty.
  - Added the required column `g` to the `T` table without a default value. This is not possible if the table is not empty.
  - Added the required column `h` to the `T` table without a default value. This is not possible if the table is not empty.
  - Added the required column `i` to the `T` table without a default value. This is not possible if the table is not empty.
  - Added the required column `j` to the `T` table without a default value. This is not possible if the table is not empty.
  - Added the required column `k` to the `T` table without a default value. This is not possible if the table is not empty.
  - Added the required column `l` to the `T` table without a default value. This is not possible if the table is not empty.
  - Added the required column `m` to the `T` table without a default value. This is not possible if the table is not empty.
  - Added the required column `n` to the `T` table without a default value. This is not possible if the table is not empty.

*/
-- AlterTable
ALTER TABLE "T" ADD COLUMN     "a" CHAR(3) NOT NULL,
ADD COLUMN     "b" UUID NOT NULL,
ADD COLUMN     "c" XML NOT NULL,
ADD COLUMN     "d" INET NOT NULL,
ADD COLUMN     "e" SMALLINT NOT NULL,
ADD COLUMN     "f" OID NOT NULL,
ADD COLUMN     "g" REAL NOT NULL,
ADD COLUMN     "h" MONEY NOT NULL,
ADD COLUMN     "i" DATE NOT NULL,
ADD COLUMN     "j" TIME(2) NOT NULL,
ADD COLUMN     "k" TIMETZ NOT NULL,
ADD COLUMN     "l" BIT(4) NOT NULL,
ADD COLUMN     "m" VARBIT NOT NULL,
ADD COLUMN     "n" JSON NOT NULL,
ADD COLUMN     "o" BYTEA NOT NULL DEFAULT '\x010203',
ADD COLUMN     "p" VARCHAR(20)[],
ADD COLUMN     "q" DECIMAL(8,3)[],
ADD COLUMN     "r" TIMESTAMP(0)[],
ADD COLUMN     "s" tsvector,
ADD COLUMN     "t" circle[];
