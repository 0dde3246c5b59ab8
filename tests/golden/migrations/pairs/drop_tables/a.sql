-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "A" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "A_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "B" (
    "id" INTEGER NOT NULL,
    "aId" INTEGER NOT NULL,

    CONSTRAINT "B_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "C" (
    "id" INTEGER NOT NULL,

    CONSTRAINT "C_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "B_aId_idx" ON "B"("aId");

-- AddForeignKey
ALTER TABLE "B" ADD CONSTRAINT "B_aId_fkey" FOREIGN KEY ("aId") REFERENCES "A"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
