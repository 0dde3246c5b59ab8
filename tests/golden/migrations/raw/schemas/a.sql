CREATE SCHEMA "one";
CREATE SCHEMA "two";
CREATE TYPE "one"."mood" AS ENUM ('happy', 'sad');
CREATE TYPE "two"."mood" AS ENUM ('x');
CREATE TABLE "one"."t" ("id" INTEGER PRIMARY KEY, "m" "one"."mood", "m2" "two"."mood");
CREATE TABLE "two"."t" ("id" INTEGER PRIMARY KEY, "oid" INTEGER REFERENCES "one"."t" ("id"));
CREATE INDEX "t_oid_idx" ON "two"."t" ("oid");
CREATE TABLE "public"."ignored" ("id" INTEGER);
