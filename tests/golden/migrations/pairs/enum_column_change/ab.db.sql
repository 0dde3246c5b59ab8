-- AlterTable
ALTER TABLE "public"."T" DROP COLUMN "v",
ADD COLUMN     "v" "public"."A" NOT NULL,
DROP COLUMN "w",
ADD COLUMN     "w" TEXT NOT NULL;
