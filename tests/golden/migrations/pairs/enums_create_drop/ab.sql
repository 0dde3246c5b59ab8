-- CreateEnum
CREATE TYPE "B" AS ENUM ('Y', 'Z');

-- AlterTable
ALTER TABLE "T" DROP COLUMN "a",
ADD COLUMN     "b" "B";

-- DropEnum
DROP TYPE "A";
