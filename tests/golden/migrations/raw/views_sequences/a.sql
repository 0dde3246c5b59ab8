CREATE SEQUENCE "shared_seq";
CREATE TABLE "v1" ("id" INTEGER PRIMARY KEY DEFAULT nextval('shared_seq'), "x" INTEGER DEFAULT nextval('shared_seq'));
CREATE TABLE "v2" ("id" BIGSERIAL PRIMARY KEY);
CREATE VIEW "vv" AS SELECT "id" FROM "v1";
CREATE TABLE "_prisma_migrations" ("id" TEXT PRIMARY KEY);
CREATE TABLE "spatial_ref_sys" ("srid" INTEGER PRIMARY KEY);
