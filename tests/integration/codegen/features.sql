-- Tables of tests/golden/codegen/features/schema.prisma, written by
--   rdb migrate diff --from-empty --to-schema tests/golden/codegen/features/schema.prisma --script
-- Regenerate it that way after a schema change.
-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "stage" AS ENUM ('TODO', 'in_progress', 'DONE');

-- CreateTable
CREATE TABLE "things" (
    "id" UUID NOT NULL,
    "cuid1" TEXT NOT NULL,
    "cuid2" TEXT NOT NULL,
    "nano" TEXT NOT NULL,
    "sortable" TEXT NOT NULL,
    "default" INTEGER NOT NULL DEFAULT 0,
    "int" BIGINT,
    "ratio" DOUBLE PRECISION NOT NULL DEFAULT 1.5,
    "price" DECIMAL(10,2),
    "flag" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "changed" TIMESTAMP(3) NOT NULL,
    "blob" BYTEA,
    "meta" JSONB,
    "tags" TEXT[],
    "scores" INTEGER[],
    "stage" "stage" NOT NULL DEFAULT 'TODO',
    "stages" "stage"[],
    "legacy" circle,
    "ownerId" INTEGER,
    "byFirst" TEXT,
    "byLast" TEXT,

    CONSTRAINT "things_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" SERIAL NOT NULL,
    "first" TEXT NOT NULL,
    "last" TEXT NOT NULL,
    "mentorId" INTEGER,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Badge" (
    "id" SERIAL NOT NULL,
    "label" TEXT NOT NULL,
    "personId" INTEGER,

    CONSTRAINT "Badge_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Group" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "Group_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Membership" (
    "groupId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,
    "role" TEXT,

    CONSTRAINT "Membership_pkey" PRIMARY KEY ("groupId","personId")
);

-- CreateTable
CREATE TABLE "Hidden" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "Hidden_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "_GroupToPerson" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,

    CONSTRAINT "_GroupToPerson_AB_pkey" PRIMARY KEY ("A","B")
);

-- CreateIndex
CREATE UNIQUE INDEX "things_sortable_key" ON "things"("sortable");

-- CreateIndex
CREATE UNIQUE INDEX "Person_first_last_key" ON "Person"("first", "last");

-- CreateIndex
CREATE UNIQUE INDEX "Badge_personId_key" ON "Badge"("personId");

-- CreateIndex
CREATE UNIQUE INDEX "Group_name_key" ON "Group"("name");

-- CreateIndex
CREATE INDEX "_GroupToPerson_B_index" ON "_GroupToPerson"("B");

-- AddForeignKey
ALTER TABLE "things" ADD CONSTRAINT "things_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "things" ADD CONSTRAINT "things_byFirst_byLast_fkey" FOREIGN KEY ("byFirst", "byLast") REFERENCES "Person"("first", "last") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Person" ADD CONSTRAINT "Person_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Badge" ADD CONSTRAINT "Badge_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_GroupToPerson" ADD CONSTRAINT "_GroupToPerson_A_fkey" FOREIGN KEY ("A") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "_GroupToPerson" ADD CONSTRAINT "_GroupToPerson_B_fkey" FOREIGN KEY ("B") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;

