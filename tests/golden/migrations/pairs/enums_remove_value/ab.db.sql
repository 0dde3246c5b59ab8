-- AlterEnum
BEGIN;
CREATE TYPE "public"."Mood_new" AS ENUM ('HAPPY', 'SAD');
ALTER TABLE "public"."Cat" ALTER COLUMN "mood" DROP DEFAULT;
ALTER TABLE "public"."Cat" ALTER COLUMN "moods" DROP DEFAULT;
ALTER TABLE "public"."Cat" ALTER COLUMN "mood" TYPE "public"."Mood_new" USING ("mood"::text::"public"."Mood_new");
ALTER TABLE "public"."Cat" ALTER COLUMN "moods" TYPE "public"."Mood_new"[] USING ("moods"::text::"public"."Mood_new"[]);
ALTER TYPE "public"."Mood" RENAME TO "Mood_old";
ALTER TYPE "public"."Mood_new" RENAME TO "Mood";
DROP TYPE "public"."Mood_old";
ALTER TABLE "public"."Cat" ALTER COLUMN "mood" SET DEFAULT 'SAD';
ALTER TABLE "public"."Cat" ALTER COLUMN "moods" SET DEFAULT ARRAY['HAPPY']::"public"."Mood"[];
COMMIT;

-- AlterTable
ALTER TABLE "public"."Cat" ALTER COLUMN "mood" SET DEFAULT 'SAD';
