-- AlterTable
ALTER TABLE "public"."v1" ALTER COLUMN "id" DROP DEFAULT;

-- AlterTable
ALTER TABLE "public"."v2" ALTER COLUMN "id" DROP DEFAULT;
DROP SEQUENCE "v2_id_seq";
