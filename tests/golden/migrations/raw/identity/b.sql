CREATE TABLE "t" (
    "id" INTEGER PRIMARY KEY,
    "b" BIGINT,
    "s" SMALLINT,
    "name" TEXT NOT NULL DEFAULT 'x'
);
