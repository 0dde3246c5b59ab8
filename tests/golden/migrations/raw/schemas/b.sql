CREATE SCHEMA "one";
CREATE SCHEMA "two";
CREATE TYPE "one"."mood" AS ENUM ('happy', 'sad', 'meh');
CREATE TYPE "two"."other" AS ENUM ('x');
CREATE TABLE "one"."t" ("id" INTEGER PRIMARY KEY, "m" "one"."mood");
CREATE TABLE "two"."t" ("id" INTEGER PRIMARY KEY, "oid" INTEGER);
CREATE INDEX "t_oid_idx2" ON "two"."t" ("oid");
