-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "public"."c" (
    "id" INTEGER NOT NULL,
    "pa" INTEGER DEFAULT 0,
    "pb" INTEGER DEFAULT 0,
    "pu" TEXT,

    CONSTRAINT "c_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."p" (
    "a" INTEGER NOT NULL,
    "b" INTEGER NOT NULL,
    "u" TEXT,

    CONSTRAINT "p_pkey" PRIMARY KEY ("a","b")
);

-- CreateTable
CREATE TABLE "public"."self" (
    "id" INTEGER NOT NULL,
    "parent" INTEGER,

    CONSTRAINT "self_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "p_u_key" ON "public"."p"("u" ASC);

-- AddForeignKey
ALTER TABLE "public"."c" ADD CONSTRAINT "c_p_fkey" FOREIGN KEY ("pa", "pb") REFERENCES "public"."p"("a", "b") ON DELETE SET DEFAULT ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "public"."c" ADD CONSTRAINT "c_u_fkey" FOREIGN KEY ("pu") REFERENCES "public"."p"("u") ON DELETE CASCADE ON UPDATE NO ACTION;

-- AddForeignKey
ALTER TABLE "public"."self" ADD CONSTRAINT "self_parent_fkey" FOREIGN KEY ("parent") REFERENCES "public"."self"("id") ON DELETE NO ACTION ON UPDATE NO ACTION;
