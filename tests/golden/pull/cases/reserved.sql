CREATE TYPE "color" AS ENUM ('on', '', '2x', 'dark-red');
CREATE TABLE "String" ("id" INTEGER PRIMARY KEY);
CREATE TABLE "class" ("id" INTEGER PRIMARY KEY, "String" INTEGER REFERENCES "String"("id"), "c" "color" DEFAULT 'dark-red');
CREATE TABLE "empty_cols" ();
