-- Tables of tests/golden/codegen/features/schema.prisma, hand-written in the
-- shape Prisma's migrate gives them (the C client only needs the columns).
CREATE TYPE "stage" AS ENUM ('TODO', 'in_progress', 'DONE');

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
    CONSTRAINT "things_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "things_sortable_key" ON "things"("sortable");

CREATE TABLE "Person" (
    "id" SERIAL NOT NULL,
    "first" TEXT NOT NULL,
    "last" TEXT NOT NULL,
    "mentorId" INTEGER,
    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Person_first_last_key" ON "Person"("first", "last");

CREATE TABLE "Group" (
    "id" SERIAL NOT NULL,
    "name" TEXT NOT NULL,
    CONSTRAINT "Group_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "Group_name_key" ON "Group"("name");

CREATE TABLE "Membership" (
    "groupId" INTEGER NOT NULL,
    "personId" INTEGER NOT NULL,
    "role" TEXT,
    CONSTRAINT "Membership_pkey" PRIMARY KEY ("groupId","personId")
);

CREATE TABLE "_GroupToPerson" (
    "A" INTEGER NOT NULL,
    "B" INTEGER NOT NULL,
    CONSTRAINT "_GroupToPerson_AB_pkey" PRIMARY KEY ("A","B")
);

ALTER TABLE "things" ADD CONSTRAINT "things_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Person" ADD CONSTRAINT "Person_mentorId_fkey" FOREIGN KEY ("mentorId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "_GroupToPerson" ADD CONSTRAINT "_GroupToPerson_A_fkey" FOREIGN KEY ("A") REFERENCES "Group"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "_GroupToPerson" ADD CONSTRAINT "_GroupToPerson_B_fkey" FOREIGN KEY ("B") REFERENCES "Person"("id") ON DELETE CASCADE ON UPDATE CASCADE;
