CREATE SCHEMA "other";
CREATE TYPE "other"."Kind" AS ENUM ('A', 'B');
CREATE TABLE "public"."User" ("id" SERIAL PRIMARY KEY, "name" TEXT NOT NULL);
CREATE TABLE "other"."User" ("id" SERIAL PRIMARY KEY, "kind" "other"."Kind" NOT NULL DEFAULT 'A', "ownerId" INTEGER NOT NULL REFERENCES "public"."User"("id"));
CREATE TABLE "other"."Post" ("id" BIGSERIAL PRIMARY KEY, "userId" INTEGER REFERENCES "other"."User"("id") ON DELETE CASCADE, "title" VARCHAR(200));
CREATE TABLE "ignored_schema_table" ("id" INT PRIMARY KEY);
CREATE SCHEMA "unlisted";
CREATE TABLE "unlisted"."Hidden" ("id" INT PRIMARY KEY);
