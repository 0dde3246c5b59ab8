/*
  Warnings:

  - The values [MEH] on the enum `Mood` will be removed. If these variants are still used in the database, this will fail.

*/
-- AlterEnum
BEGIN;
CREATE TYPE "Mood_new" AS ENUM ('HAPPY', 'SAD');
ALTER TABLE "public"."Cat" ALTER COLUMN "mood" DROP DEFAULT;
ALTER TABLE "public"."Cat" ALTER COLUMN "moods" DROP DEFAULT;
ALTER TABLE "Cat" ALTER COLUMN "mood" TYPE "Mood_new" USING ("mood"::text::"Mood_new");
ALTER TABLE "Cat" ALTER COLUMN "moods" TYPE "Mood_new"[] USING ("moods"::text::"Mood_new"[]);
ALTER TYPE "Mood" RENAME TO "Mood_old";
ALTER TYPE "Mood_new" RENAME TO "Mood";
DROP TYPE "public"."Mood_old";
ALTER TABLE "Cat" ALTER COLUMN "mood" SET DEFAULT 'SAD';
ALTER TABLE "Cat" ALTER COLUMN "moods" SET DEFAULT ARRAY['HAPPY']::"Mood"[];
COMMIT;

-- AlterTable
ALTER TABLE "Cat" ALTER COLUMN "mood" SET DEFAULT 'SAD';
