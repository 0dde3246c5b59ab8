-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "public"."A" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "A_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."B" (
    "id" INTEGER NOT NULL,
    "aId" INTEGER NOT NULL,

    CONSTRAINT "B_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."C" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "C_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "B_aId_idx" ON "public"."B"("aId" ASC);

-- AddForeignKey
ALTER TABLE "public"."B" ADD CONSTRAINT "B_aId_fkey" FOREIGN KEY ("aId") REFERENCES "public"."A"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
