-- AlterTable
ALTER TABLE "profiles" DROP COLUMN "avatar_url",
ADD COLUMN     "avatar_path" VARCHAR(512);
