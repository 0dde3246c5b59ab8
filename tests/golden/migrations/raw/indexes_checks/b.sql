CREATE TABLE "u" (
    "id" SERIAL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "active" BOOLEAN DEFAULT true,
    "tags" TEXT[],
    "doc" JSONB,
    "n" INTEGER
);
CREATE INDEX "u_multi" ON "u" ("email" DESC, "id");
CREATE INDEX "u_tags_renamed" ON "u" USING GIN ("tags");
CREATE INDEX "u_doc" ON "u" USING GIN ("doc");
CREATE INDEX "u_hash" ON "u" USING BTREE ("email");
CREATE UNIQUE INDEX "u_email_n" ON "u" ("n", "email");
