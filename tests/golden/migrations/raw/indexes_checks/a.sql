CREATE TABLE "u" (
    "id" SERIAL PRIMARY KEY,
    "email" TEXT NOT NULL,
    "active" BOOLEAN DEFAULT true,
    "tags" TEXT[],
    "doc" JSONB,
    "n" INTEGER
);
CREATE UNIQUE INDEX "u_lower" ON "u" (lower("email"));
CREATE INDEX "u_partial" ON "u" ("email") WHERE "active";
CREATE INDEX "u_multi" ON "u" ("email" DESC NULLS LAST, "id" ASC NULLS FIRST);
CREATE INDEX "u_tags" ON "u" USING GIN ("tags");
CREATE INDEX "u_doc" ON "u" USING GIN ("doc" jsonb_path_ops);
CREATE INDEX "u_hash" ON "u" USING HASH ("email");
CREATE INDEX "u_brin" ON "u" USING BRIN ("n");
CREATE UNIQUE INDEX "u_email_n" ON "u" ("email", "n");
ALTER TABLE "u" ADD CONSTRAINT "u_n_key" UNIQUE ("n") DEFERRABLE INITIALLY DEFERRED;
