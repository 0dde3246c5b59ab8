-- AlterTable
ALTER TABLE "public"."profiles" DROP COLUMN "avatar_url",
ADD COLUMN     "avatar_path" VARCHAR(512);
