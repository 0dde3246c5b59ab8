-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "public"."u" (
    "id" SERIAL NOT NULL,
    "email" TEXT NOT NULL,
    "active" BOOLEAN DEFAULT true,
    "tags" TEXT[],
    "doc" JSONB,
    "n" INTEGER,

    CONSTRAINT "u_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "u_brin" ON "public"."u" USING BRIN ("n" int4_minmax_ops ASC);

-- CreateIndex
CREATE INDEX "u_doc" ON "public"."u" USING GIN ("doc" jsonb_path_ops ASC);

-- CreateIndex
CREATE UNIQUE INDEX "u_email_n" ON "public"."u"("email" ASC, "n" ASC);

-- CreateIndex
CREATE INDEX "u_hash" ON "public"."u" USING HASH ("email" ASC);

-- CreateIndex
CREATE INDEX "u_multi" ON "public"."u"("email" DESC, "id" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "u_n_key" ON "public"."u"("n" ASC);

-- CreateIndex
CREATE INDEX "u_partial" ON "public"."u"("email" ASC);

-- CreateIndex
CREATE INDEX "u_tags" ON "public"."u" USING GIN ("tags" array_ops ASC);
