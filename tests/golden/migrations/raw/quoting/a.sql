CREATE TABLE "Mixed Case" ("Some Column" TEXT, "id" INTEGER, "ÿnicode" TEXT, CONSTRAINT "Mixed Case_pkey" PRIMARY KEY ("id"));
CREATE INDEX "weird index" ON "Mixed Case" ("Some Column");
CREATE TABLE "zzz" ("a" INTEGER);
CREATE TABLE "AAA" ("a" INTEGER);
CREATE TABLE "_under" ("a" INTEGER);
