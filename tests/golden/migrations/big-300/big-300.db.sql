-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateTable
CREATE TABLE "public"."t_000" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "t_000_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_001" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_001_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_002" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_002_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_003" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_003_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_004" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_004_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_005" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_005_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_006" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_006_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_007" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_007_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_008" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_008_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_009" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_009_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_010" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_010_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_011" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_011_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_012" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_012_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_013" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_013_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_014" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_014_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_015" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_015_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_016" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_016_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_017" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_017_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_018" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_018_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_019" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_019_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_020" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_020_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_021" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_021_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_022" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_022_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_023" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_023_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_024" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_024_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_025" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_025_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_026" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_026_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_027" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_027_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_028" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_028_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_029" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_029_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_030" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_030_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_031" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_031_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_032" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_032_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_033" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_033_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_034" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_034_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_035" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_035_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_036" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_036_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_037" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_037_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_038" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_038_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_039" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_039_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_040" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_040_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_041" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_041_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_042" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_042_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_043" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_043_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_044" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_044_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_045" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_045_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_046" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_046_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_047" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_047_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_048" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_048_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_049" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_049_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_050" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_050_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_051" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_051_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_052" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_052_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_053" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_053_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_054" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_054_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_055" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_055_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_056" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_056_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_057" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_057_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_058" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_058_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_059" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_059_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_060" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_060_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_061" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_061_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_062" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_062_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_063" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_063_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_064" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_064_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_065" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_065_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_066" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_066_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_067" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_067_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_068" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_068_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_069" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_069_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_070" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_070_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_071" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_071_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_072" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_072_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_073" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_073_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_074" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_074_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_075" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_075_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_076" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_076_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_077" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_077_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_078" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_078_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_079" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_079_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_080" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_080_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_081" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_081_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_082" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_082_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_083" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_083_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_084" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_084_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_085" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_085_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_086" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_086_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_087" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_087_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_088" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_088_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_089" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_089_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_090" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_090_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_091" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_091_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_092" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_092_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_093" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_093_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_094" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_094_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_095" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_095_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_096" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_096_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_097" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_097_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_098" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_098_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_099" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_099_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_100" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_100_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_101" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_101_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_102" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_102_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_103" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_103_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_104" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_104_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_105" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_105_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_106" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_106_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_107" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_107_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_108" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_108_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_109" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_109_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_110" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_110_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_111" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_111_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_112" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_112_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_113" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_113_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_114" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_114_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_115" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_115_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_116" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_116_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_117" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_117_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_118" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_118_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_119" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_119_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_120" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_120_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_121" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_121_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_122" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_122_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_123" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_123_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_124" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_124_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_125" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_125_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_126" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_126_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_127" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_127_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_128" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_128_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_129" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_129_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_130" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_130_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_131" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_131_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_132" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_132_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_133" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_133_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_134" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_134_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_135" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_135_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_136" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_136_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_137" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_137_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_138" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_138_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_139" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_139_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_140" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_140_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_141" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_141_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_142" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_142_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_143" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_143_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_144" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_144_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_145" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_145_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_146" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_146_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_147" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_147_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_148" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_148_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_149" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_149_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_150" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_150_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_151" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_151_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_152" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_152_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_153" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_153_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_154" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_154_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_155" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_155_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_156" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_156_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_157" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_157_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_158" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_158_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_159" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_159_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_160" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_160_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_161" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_161_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_162" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_162_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_163" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_163_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_164" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_164_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_165" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_165_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_166" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_166_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_167" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_167_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_168" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_168_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_169" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_169_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_170" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_170_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_171" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_171_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_172" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_172_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_173" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_173_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_174" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_174_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_175" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_175_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_176" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_176_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_177" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_177_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_178" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_178_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_179" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_179_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_180" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_180_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_181" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_181_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_182" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_182_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_183" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_183_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_184" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_184_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_185" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_185_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_186" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_186_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_187" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_187_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_188" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_188_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_189" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_189_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_190" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_190_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_191" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_191_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_192" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_192_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_193" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_193_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_194" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_194_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_195" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_195_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_196" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_196_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_197" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_197_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_198" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_198_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_199" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_199_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_200" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_200_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_201" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_201_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_202" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_202_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_203" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_203_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_204" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_204_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_205" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_205_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_206" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_206_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_207" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_207_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_208" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_208_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_209" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_209_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_210" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_210_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_211" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_211_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_212" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_212_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_213" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_213_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_214" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_214_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_215" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_215_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_216" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_216_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_217" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_217_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_218" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_218_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_219" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_219_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_220" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_220_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_221" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_221_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_222" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_222_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_223" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_223_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_224" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_224_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_225" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_225_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_226" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_226_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_227" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_227_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_228" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_228_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_229" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_229_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_230" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_230_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_231" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_231_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_232" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_232_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_233" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_233_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_234" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_234_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_235" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_235_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_236" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_236_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_237" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_237_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_238" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_238_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_239" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_239_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_240" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_240_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_241" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_241_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_242" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_242_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_243" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_243_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_244" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_244_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_245" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_245_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_246" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_246_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_247" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_247_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_248" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_248_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_249" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_249_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_250" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_250_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_251" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_251_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_252" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_252_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_253" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_253_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_254" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_254_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_255" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_255_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_256" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_256_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_257" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_257_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_258" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_258_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_259" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_259_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_260" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_260_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_261" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_261_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_262" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_262_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_263" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_263_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_264" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_264_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_265" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_265_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_266" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_266_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_267" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_267_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_268" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_268_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_269" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_269_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_270" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_270_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_271" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_271_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_272" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_272_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_273" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_273_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_274" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_274_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_275" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_275_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_276" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_276_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_277" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_277_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_278" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_278_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_279" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_279_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_280" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_280_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_281" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_281_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_282" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_282_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_283" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_283_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_284" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_284_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_285" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_285_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_286" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_286_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_287" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_287_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_288" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_288_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_289" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_289_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_290" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_290_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_291" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_291_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_292" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_292_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_293" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_293_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_294" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_294_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_295" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_295_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_296" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_296_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_297" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_297_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_298" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_298_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "public"."t_299" (
    "id" SERIAL NOT NULL,
    "code" VARCHAR(40) NOT NULL,
    "name" TEXT NOT NULL,
    "note" TEXT,
    "qty" INTEGER NOT NULL DEFAULT 0,
    "price" DECIMAL(10,2) NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "meta" JSONB,
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL,
    "parent_id" INTEGER NOT NULL,

    CONSTRAINT "t_299_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "t_000_code_key" ON "public"."t_000"("code" ASC);

-- CreateIndex
CREATE INDEX "t_000_name_idx" ON "public"."t_000"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_001_code_key" ON "public"."t_001"("code" ASC);

-- CreateIndex
CREATE INDEX "t_001_name_idx" ON "public"."t_001"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_002_code_key" ON "public"."t_002"("code" ASC);

-- CreateIndex
CREATE INDEX "t_002_name_idx" ON "public"."t_002"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_003_code_key" ON "public"."t_003"("code" ASC);

-- CreateIndex
CREATE INDEX "t_003_name_idx" ON "public"."t_003"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_004_code_key" ON "public"."t_004"("code" ASC);

-- CreateIndex
CREATE INDEX "t_004_name_idx" ON "public"."t_004"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_005_code_key" ON "public"."t_005"("code" ASC);

-- CreateIndex
CREATE INDEX "t_005_name_idx" ON "public"."t_005"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_006_code_key" ON "public"."t_006"("code" ASC);

-- CreateIndex
CREATE INDEX "t_006_name_idx" ON "public"."t_006"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_007_code_key" ON "public"."t_007"("code" ASC);

-- CreateIndex
CREATE INDEX "t_007_name_idx" ON "public"."t_007"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_008_code_key" ON "public"."t_008"("code" ASC);

-- CreateIndex
CREATE INDEX "t_008_name_idx" ON "public"."t_008"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_009_code_key" ON "public"."t_009"("code" ASC);

-- CreateIndex
CREATE INDEX "t_009_name_idx" ON "public"."t_009"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_010_code_key" ON "public"."t_010"("code" ASC);

-- CreateIndex
CREATE INDEX "t_010_name_idx" ON "public"."t_010"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_011_code_key" ON "public"."t_011"("code" ASC);

-- CreateIndex
CREATE INDEX "t_011_name_idx" ON "public"."t_011"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_012_code_key" ON "public"."t_012"("code" ASC);

-- CreateIndex
CREATE INDEX "t_012_name_idx" ON "public"."t_012"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_013_code_key" ON "public"."t_013"("code" ASC);

-- CreateIndex
CREATE INDEX "t_013_name_idx" ON "public"."t_013"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_014_code_key" ON "public"."t_014"("code" ASC);

-- CreateIndex
CREATE INDEX "t_014_name_idx" ON "public"."t_014"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_015_code_key" ON "public"."t_015"("code" ASC);

-- CreateIndex
CREATE INDEX "t_015_name_idx" ON "public"."t_015"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_016_code_key" ON "public"."t_016"("code" ASC);

-- CreateIndex
CREATE INDEX "t_016_name_idx" ON "public"."t_016"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_017_code_key" ON "public"."t_017"("code" ASC);

-- CreateIndex
CREATE INDEX "t_017_name_idx" ON "public"."t_017"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_018_code_key" ON "public"."t_018"("code" ASC);

-- CreateIndex
CREATE INDEX "t_018_name_idx" ON "public"."t_018"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_019_code_key" ON "public"."t_019"("code" ASC);

-- CreateIndex
CREATE INDEX "t_019_name_idx" ON "public"."t_019"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_020_code_key" ON "public"."t_020"("code" ASC);

-- CreateIndex
CREATE INDEX "t_020_name_idx" ON "public"."t_020"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_021_code_key" ON "public"."t_021"("code" ASC);

-- CreateIndex
CREATE INDEX "t_021_name_idx" ON "public"."t_021"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_022_code_key" ON "public"."t_022"("code" ASC);

-- CreateIndex
CREATE INDEX "t_022_name_idx" ON "public"."t_022"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_023_code_key" ON "public"."t_023"("code" ASC);

-- CreateIndex
CREATE INDEX "t_023_name_idx" ON "public"."t_023"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_024_code_key" ON "public"."t_024"("code" ASC);

-- CreateIndex
CREATE INDEX "t_024_name_idx" ON "public"."t_024"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_025_code_key" ON "public"."t_025"("code" ASC);

-- CreateIndex
CREATE INDEX "t_025_name_idx" ON "public"."t_025"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_026_code_key" ON "public"."t_026"("code" ASC);

-- CreateIndex
CREATE INDEX "t_026_name_idx" ON "public"."t_026"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_027_code_key" ON "public"."t_027"("code" ASC);

-- CreateIndex
CREATE INDEX "t_027_name_idx" ON "public"."t_027"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_028_code_key" ON "public"."t_028"("code" ASC);

-- CreateIndex
CREATE INDEX "t_028_name_idx" ON "public"."t_028"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_029_code_key" ON "public"."t_029"("code" ASC);

-- CreateIndex
CREATE INDEX "t_029_name_idx" ON "public"."t_029"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_030_code_key" ON "public"."t_030"("code" ASC);

-- CreateIndex
CREATE INDEX "t_030_name_idx" ON "public"."t_030"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_031_code_key" ON "public"."t_031"("code" ASC);

-- CreateIndex
CREATE INDEX "t_031_name_idx" ON "public"."t_031"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_032_code_key" ON "public"."t_032"("code" ASC);

-- CreateIndex
CREATE INDEX "t_032_name_idx" ON "public"."t_032"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_033_code_key" ON "public"."t_033"("code" ASC);

-- CreateIndex
CREATE INDEX "t_033_name_idx" ON "public"."t_033"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_034_code_key" ON "public"."t_034"("code" ASC);

-- CreateIndex
CREATE INDEX "t_034_name_idx" ON "public"."t_034"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_035_code_key" ON "public"."t_035"("code" ASC);

-- CreateIndex
CREATE INDEX "t_035_name_idx" ON "public"."t_035"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_036_code_key" ON "public"."t_036"("code" ASC);

-- CreateIndex
CREATE INDEX "t_036_name_idx" ON "public"."t_036"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_037_code_key" ON "public"."t_037"("code" ASC);

-- CreateIndex
CREATE INDEX "t_037_name_idx" ON "public"."t_037"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_038_code_key" ON "public"."t_038"("code" ASC);

-- CreateIndex
CREATE INDEX "t_038_name_idx" ON "public"."t_038"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_039_code_key" ON "public"."t_039"("code" ASC);

-- CreateIndex
CREATE INDEX "t_039_name_idx" ON "public"."t_039"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_040_code_key" ON "public"."t_040"("code" ASC);

-- CreateIndex
CREATE INDEX "t_040_name_idx" ON "public"."t_040"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_041_code_key" ON "public"."t_041"("code" ASC);

-- CreateIndex
CREATE INDEX "t_041_name_idx" ON "public"."t_041"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_042_code_key" ON "public"."t_042"("code" ASC);

-- CreateIndex
CREATE INDEX "t_042_name_idx" ON "public"."t_042"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_043_code_key" ON "public"."t_043"("code" ASC);

-- CreateIndex
CREATE INDEX "t_043_name_idx" ON "public"."t_043"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_044_code_key" ON "public"."t_044"("code" ASC);

-- CreateIndex
CREATE INDEX "t_044_name_idx" ON "public"."t_044"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_045_code_key" ON "public"."t_045"("code" ASC);

-- CreateIndex
CREATE INDEX "t_045_name_idx" ON "public"."t_045"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_046_code_key" ON "public"."t_046"("code" ASC);

-- CreateIndex
CREATE INDEX "t_046_name_idx" ON "public"."t_046"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_047_code_key" ON "public"."t_047"("code" ASC);

-- CreateIndex
CREATE INDEX "t_047_name_idx" ON "public"."t_047"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_048_code_key" ON "public"."t_048"("code" ASC);

-- CreateIndex
CREATE INDEX "t_048_name_idx" ON "public"."t_048"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_049_code_key" ON "public"."t_049"("code" ASC);

-- CreateIndex
CREATE INDEX "t_049_name_idx" ON "public"."t_049"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_050_code_key" ON "public"."t_050"("code" ASC);

-- CreateIndex
CREATE INDEX "t_050_name_idx" ON "public"."t_050"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_051_code_key" ON "public"."t_051"("code" ASC);

-- CreateIndex
CREATE INDEX "t_051_name_idx" ON "public"."t_051"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_052_code_key" ON "public"."t_052"("code" ASC);

-- CreateIndex
CREATE INDEX "t_052_name_idx" ON "public"."t_052"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_053_code_key" ON "public"."t_053"("code" ASC);

-- CreateIndex
CREATE INDEX "t_053_name_idx" ON "public"."t_053"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_054_code_key" ON "public"."t_054"("code" ASC);

-- CreateIndex
CREATE INDEX "t_054_name_idx" ON "public"."t_054"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_055_code_key" ON "public"."t_055"("code" ASC);

-- CreateIndex
CREATE INDEX "t_055_name_idx" ON "public"."t_055"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_056_code_key" ON "public"."t_056"("code" ASC);

-- CreateIndex
CREATE INDEX "t_056_name_idx" ON "public"."t_056"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_057_code_key" ON "public"."t_057"("code" ASC);

-- CreateIndex
CREATE INDEX "t_057_name_idx" ON "public"."t_057"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_058_code_key" ON "public"."t_058"("code" ASC);

-- CreateIndex
CREATE INDEX "t_058_name_idx" ON "public"."t_058"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_059_code_key" ON "public"."t_059"("code" ASC);

-- CreateIndex
CREATE INDEX "t_059_name_idx" ON "public"."t_059"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_060_code_key" ON "public"."t_060"("code" ASC);

-- CreateIndex
CREATE INDEX "t_060_name_idx" ON "public"."t_060"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_061_code_key" ON "public"."t_061"("code" ASC);

-- CreateIndex
CREATE INDEX "t_061_name_idx" ON "public"."t_061"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_062_code_key" ON "public"."t_062"("code" ASC);

-- CreateIndex
CREATE INDEX "t_062_name_idx" ON "public"."t_062"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_063_code_key" ON "public"."t_063"("code" ASC);

-- CreateIndex
CREATE INDEX "t_063_name_idx" ON "public"."t_063"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_064_code_key" ON "public"."t_064"("code" ASC);

-- CreateIndex
CREATE INDEX "t_064_name_idx" ON "public"."t_064"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_065_code_key" ON "public"."t_065"("code" ASC);

-- CreateIndex
CREATE INDEX "t_065_name_idx" ON "public"."t_065"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_066_code_key" ON "public"."t_066"("code" ASC);

-- CreateIndex
CREATE INDEX "t_066_name_idx" ON "public"."t_066"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_067_code_key" ON "public"."t_067"("code" ASC);

-- CreateIndex
CREATE INDEX "t_067_name_idx" ON "public"."t_067"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_068_code_key" ON "public"."t_068"("code" ASC);

-- CreateIndex
CREATE INDEX "t_068_name_idx" ON "public"."t_068"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_069_code_key" ON "public"."t_069"("code" ASC);

-- CreateIndex
CREATE INDEX "t_069_name_idx" ON "public"."t_069"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_070_code_key" ON "public"."t_070"("code" ASC);

-- CreateIndex
CREATE INDEX "t_070_name_idx" ON "public"."t_070"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_071_code_key" ON "public"."t_071"("code" ASC);

-- CreateIndex
CREATE INDEX "t_071_name_idx" ON "public"."t_071"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_072_code_key" ON "public"."t_072"("code" ASC);

-- CreateIndex
CREATE INDEX "t_072_name_idx" ON "public"."t_072"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_073_code_key" ON "public"."t_073"("code" ASC);

-- CreateIndex
CREATE INDEX "t_073_name_idx" ON "public"."t_073"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_074_code_key" ON "public"."t_074"("code" ASC);

-- CreateIndex
CREATE INDEX "t_074_name_idx" ON "public"."t_074"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_075_code_key" ON "public"."t_075"("code" ASC);

-- CreateIndex
CREATE INDEX "t_075_name_idx" ON "public"."t_075"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_076_code_key" ON "public"."t_076"("code" ASC);

-- CreateIndex
CREATE INDEX "t_076_name_idx" ON "public"."t_076"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_077_code_key" ON "public"."t_077"("code" ASC);

-- CreateIndex
CREATE INDEX "t_077_name_idx" ON "public"."t_077"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_078_code_key" ON "public"."t_078"("code" ASC);

-- CreateIndex
CREATE INDEX "t_078_name_idx" ON "public"."t_078"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_079_code_key" ON "public"."t_079"("code" ASC);

-- CreateIndex
CREATE INDEX "t_079_name_idx" ON "public"."t_079"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_080_code_key" ON "public"."t_080"("code" ASC);

-- CreateIndex
CREATE INDEX "t_080_name_idx" ON "public"."t_080"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_081_code_key" ON "public"."t_081"("code" ASC);

-- CreateIndex
CREATE INDEX "t_081_name_idx" ON "public"."t_081"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_082_code_key" ON "public"."t_082"("code" ASC);

-- CreateIndex
CREATE INDEX "t_082_name_idx" ON "public"."t_082"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_083_code_key" ON "public"."t_083"("code" ASC);

-- CreateIndex
CREATE INDEX "t_083_name_idx" ON "public"."t_083"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_084_code_key" ON "public"."t_084"("code" ASC);

-- CreateIndex
CREATE INDEX "t_084_name_idx" ON "public"."t_084"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_085_code_key" ON "public"."t_085"("code" ASC);

-- CreateIndex
CREATE INDEX "t_085_name_idx" ON "public"."t_085"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_086_code_key" ON "public"."t_086"("code" ASC);

-- CreateIndex
CREATE INDEX "t_086_name_idx" ON "public"."t_086"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_087_code_key" ON "public"."t_087"("code" ASC);

-- CreateIndex
CREATE INDEX "t_087_name_idx" ON "public"."t_087"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_088_code_key" ON "public"."t_088"("code" ASC);

-- CreateIndex
CREATE INDEX "t_088_name_idx" ON "public"."t_088"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_089_code_key" ON "public"."t_089"("code" ASC);

-- CreateIndex
CREATE INDEX "t_089_name_idx" ON "public"."t_089"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_090_code_key" ON "public"."t_090"("code" ASC);

-- CreateIndex
CREATE INDEX "t_090_name_idx" ON "public"."t_090"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_091_code_key" ON "public"."t_091"("code" ASC);

-- CreateIndex
CREATE INDEX "t_091_name_idx" ON "public"."t_091"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_092_code_key" ON "public"."t_092"("code" ASC);

-- CreateIndex
CREATE INDEX "t_092_name_idx" ON "public"."t_092"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_093_code_key" ON "public"."t_093"("code" ASC);

-- CreateIndex
CREATE INDEX "t_093_name_idx" ON "public"."t_093"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_094_code_key" ON "public"."t_094"("code" ASC);

-- CreateIndex
CREATE INDEX "t_094_name_idx" ON "public"."t_094"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_095_code_key" ON "public"."t_095"("code" ASC);

-- CreateIndex
CREATE INDEX "t_095_name_idx" ON "public"."t_095"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_096_code_key" ON "public"."t_096"("code" ASC);

-- CreateIndex
CREATE INDEX "t_096_name_idx" ON "public"."t_096"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_097_code_key" ON "public"."t_097"("code" ASC);

-- CreateIndex
CREATE INDEX "t_097_name_idx" ON "public"."t_097"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_098_code_key" ON "public"."t_098"("code" ASC);

-- CreateIndex
CREATE INDEX "t_098_name_idx" ON "public"."t_098"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_099_code_key" ON "public"."t_099"("code" ASC);

-- CreateIndex
CREATE INDEX "t_099_name_idx" ON "public"."t_099"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_100_code_key" ON "public"."t_100"("code" ASC);

-- CreateIndex
CREATE INDEX "t_100_name_idx" ON "public"."t_100"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_101_code_key" ON "public"."t_101"("code" ASC);

-- CreateIndex
CREATE INDEX "t_101_name_idx" ON "public"."t_101"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_102_code_key" ON "public"."t_102"("code" ASC);

-- CreateIndex
CREATE INDEX "t_102_name_idx" ON "public"."t_102"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_103_code_key" ON "public"."t_103"("code" ASC);

-- CreateIndex
CREATE INDEX "t_103_name_idx" ON "public"."t_103"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_104_code_key" ON "public"."t_104"("code" ASC);

-- CreateIndex
CREATE INDEX "t_104_name_idx" ON "public"."t_104"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_105_code_key" ON "public"."t_105"("code" ASC);

-- CreateIndex
CREATE INDEX "t_105_name_idx" ON "public"."t_105"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_106_code_key" ON "public"."t_106"("code" ASC);

-- CreateIndex
CREATE INDEX "t_106_name_idx" ON "public"."t_106"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_107_code_key" ON "public"."t_107"("code" ASC);

-- CreateIndex
CREATE INDEX "t_107_name_idx" ON "public"."t_107"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_108_code_key" ON "public"."t_108"("code" ASC);

-- CreateIndex
CREATE INDEX "t_108_name_idx" ON "public"."t_108"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_109_code_key" ON "public"."t_109"("code" ASC);

-- CreateIndex
CREATE INDEX "t_109_name_idx" ON "public"."t_109"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_110_code_key" ON "public"."t_110"("code" ASC);

-- CreateIndex
CREATE INDEX "t_110_name_idx" ON "public"."t_110"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_111_code_key" ON "public"."t_111"("code" ASC);

-- CreateIndex
CREATE INDEX "t_111_name_idx" ON "public"."t_111"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_112_code_key" ON "public"."t_112"("code" ASC);

-- CreateIndex
CREATE INDEX "t_112_name_idx" ON "public"."t_112"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_113_code_key" ON "public"."t_113"("code" ASC);

-- CreateIndex
CREATE INDEX "t_113_name_idx" ON "public"."t_113"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_114_code_key" ON "public"."t_114"("code" ASC);

-- CreateIndex
CREATE INDEX "t_114_name_idx" ON "public"."t_114"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_115_code_key" ON "public"."t_115"("code" ASC);

-- CreateIndex
CREATE INDEX "t_115_name_idx" ON "public"."t_115"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_116_code_key" ON "public"."t_116"("code" ASC);

-- CreateIndex
CREATE INDEX "t_116_name_idx" ON "public"."t_116"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_117_code_key" ON "public"."t_117"("code" ASC);

-- CreateIndex
CREATE INDEX "t_117_name_idx" ON "public"."t_117"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_118_code_key" ON "public"."t_118"("code" ASC);

-- CreateIndex
CREATE INDEX "t_118_name_idx" ON "public"."t_118"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_119_code_key" ON "public"."t_119"("code" ASC);

-- CreateIndex
CREATE INDEX "t_119_name_idx" ON "public"."t_119"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_120_code_key" ON "public"."t_120"("code" ASC);

-- CreateIndex
CREATE INDEX "t_120_name_idx" ON "public"."t_120"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_121_code_key" ON "public"."t_121"("code" ASC);

-- CreateIndex
CREATE INDEX "t_121_name_idx" ON "public"."t_121"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_122_code_key" ON "public"."t_122"("code" ASC);

-- CreateIndex
CREATE INDEX "t_122_name_idx" ON "public"."t_122"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_123_code_key" ON "public"."t_123"("code" ASC);

-- CreateIndex
CREATE INDEX "t_123_name_idx" ON "public"."t_123"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_124_code_key" ON "public"."t_124"("code" ASC);

-- CreateIndex
CREATE INDEX "t_124_name_idx" ON "public"."t_124"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_125_code_key" ON "public"."t_125"("code" ASC);

-- CreateIndex
CREATE INDEX "t_125_name_idx" ON "public"."t_125"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_126_code_key" ON "public"."t_126"("code" ASC);

-- CreateIndex
CREATE INDEX "t_126_name_idx" ON "public"."t_126"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_127_code_key" ON "public"."t_127"("code" ASC);

-- CreateIndex
CREATE INDEX "t_127_name_idx" ON "public"."t_127"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_128_code_key" ON "public"."t_128"("code" ASC);

-- CreateIndex
CREATE INDEX "t_128_name_idx" ON "public"."t_128"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_129_code_key" ON "public"."t_129"("code" ASC);

-- CreateIndex
CREATE INDEX "t_129_name_idx" ON "public"."t_129"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_130_code_key" ON "public"."t_130"("code" ASC);

-- CreateIndex
CREATE INDEX "t_130_name_idx" ON "public"."t_130"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_131_code_key" ON "public"."t_131"("code" ASC);

-- CreateIndex
CREATE INDEX "t_131_name_idx" ON "public"."t_131"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_132_code_key" ON "public"."t_132"("code" ASC);

-- CreateIndex
CREATE INDEX "t_132_name_idx" ON "public"."t_132"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_133_code_key" ON "public"."t_133"("code" ASC);

-- CreateIndex
CREATE INDEX "t_133_name_idx" ON "public"."t_133"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_134_code_key" ON "public"."t_134"("code" ASC);

-- CreateIndex
CREATE INDEX "t_134_name_idx" ON "public"."t_134"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_135_code_key" ON "public"."t_135"("code" ASC);

-- CreateIndex
CREATE INDEX "t_135_name_idx" ON "public"."t_135"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_136_code_key" ON "public"."t_136"("code" ASC);

-- CreateIndex
CREATE INDEX "t_136_name_idx" ON "public"."t_136"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_137_code_key" ON "public"."t_137"("code" ASC);

-- CreateIndex
CREATE INDEX "t_137_name_idx" ON "public"."t_137"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_138_code_key" ON "public"."t_138"("code" ASC);

-- CreateIndex
CREATE INDEX "t_138_name_idx" ON "public"."t_138"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_139_code_key" ON "public"."t_139"("code" ASC);

-- CreateIndex
CREATE INDEX "t_139_name_idx" ON "public"."t_139"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_140_code_key" ON "public"."t_140"("code" ASC);

-- CreateIndex
CREATE INDEX "t_140_name_idx" ON "public"."t_140"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_141_code_key" ON "public"."t_141"("code" ASC);

-- CreateIndex
CREATE INDEX "t_141_name_idx" ON "public"."t_141"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_142_code_key" ON "public"."t_142"("code" ASC);

-- CreateIndex
CREATE INDEX "t_142_name_idx" ON "public"."t_142"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_143_code_key" ON "public"."t_143"("code" ASC);

-- CreateIndex
CREATE INDEX "t_143_name_idx" ON "public"."t_143"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_144_code_key" ON "public"."t_144"("code" ASC);

-- CreateIndex
CREATE INDEX "t_144_name_idx" ON "public"."t_144"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_145_code_key" ON "public"."t_145"("code" ASC);

-- CreateIndex
CREATE INDEX "t_145_name_idx" ON "public"."t_145"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_146_code_key" ON "public"."t_146"("code" ASC);

-- CreateIndex
CREATE INDEX "t_146_name_idx" ON "public"."t_146"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_147_code_key" ON "public"."t_147"("code" ASC);

-- CreateIndex
CREATE INDEX "t_147_name_idx" ON "public"."t_147"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_148_code_key" ON "public"."t_148"("code" ASC);

-- CreateIndex
CREATE INDEX "t_148_name_idx" ON "public"."t_148"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_149_code_key" ON "public"."t_149"("code" ASC);

-- CreateIndex
CREATE INDEX "t_149_name_idx" ON "public"."t_149"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_150_code_key" ON "public"."t_150"("code" ASC);

-- CreateIndex
CREATE INDEX "t_150_name_idx" ON "public"."t_150"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_151_code_key" ON "public"."t_151"("code" ASC);

-- CreateIndex
CREATE INDEX "t_151_name_idx" ON "public"."t_151"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_152_code_key" ON "public"."t_152"("code" ASC);

-- CreateIndex
CREATE INDEX "t_152_name_idx" ON "public"."t_152"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_153_code_key" ON "public"."t_153"("code" ASC);

-- CreateIndex
CREATE INDEX "t_153_name_idx" ON "public"."t_153"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_154_code_key" ON "public"."t_154"("code" ASC);

-- CreateIndex
CREATE INDEX "t_154_name_idx" ON "public"."t_154"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_155_code_key" ON "public"."t_155"("code" ASC);

-- CreateIndex
CREATE INDEX "t_155_name_idx" ON "public"."t_155"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_156_code_key" ON "public"."t_156"("code" ASC);

-- CreateIndex
CREATE INDEX "t_156_name_idx" ON "public"."t_156"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_157_code_key" ON "public"."t_157"("code" ASC);

-- CreateIndex
CREATE INDEX "t_157_name_idx" ON "public"."t_157"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_158_code_key" ON "public"."t_158"("code" ASC);

-- CreateIndex
CREATE INDEX "t_158_name_idx" ON "public"."t_158"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_159_code_key" ON "public"."t_159"("code" ASC);

-- CreateIndex
CREATE INDEX "t_159_name_idx" ON "public"."t_159"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_160_code_key" ON "public"."t_160"("code" ASC);

-- CreateIndex
CREATE INDEX "t_160_name_idx" ON "public"."t_160"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_161_code_key" ON "public"."t_161"("code" ASC);

-- CreateIndex
CREATE INDEX "t_161_name_idx" ON "public"."t_161"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_162_code_key" ON "public"."t_162"("code" ASC);

-- CreateIndex
CREATE INDEX "t_162_name_idx" ON "public"."t_162"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_163_code_key" ON "public"."t_163"("code" ASC);

-- CreateIndex
CREATE INDEX "t_163_name_idx" ON "public"."t_163"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_164_code_key" ON "public"."t_164"("code" ASC);

-- CreateIndex
CREATE INDEX "t_164_name_idx" ON "public"."t_164"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_165_code_key" ON "public"."t_165"("code" ASC);

-- CreateIndex
CREATE INDEX "t_165_name_idx" ON "public"."t_165"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_166_code_key" ON "public"."t_166"("code" ASC);

-- CreateIndex
CREATE INDEX "t_166_name_idx" ON "public"."t_166"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_167_code_key" ON "public"."t_167"("code" ASC);

-- CreateIndex
CREATE INDEX "t_167_name_idx" ON "public"."t_167"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_168_code_key" ON "public"."t_168"("code" ASC);

-- CreateIndex
CREATE INDEX "t_168_name_idx" ON "public"."t_168"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_169_code_key" ON "public"."t_169"("code" ASC);

-- CreateIndex
CREATE INDEX "t_169_name_idx" ON "public"."t_169"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_170_code_key" ON "public"."t_170"("code" ASC);

-- CreateIndex
CREATE INDEX "t_170_name_idx" ON "public"."t_170"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_171_code_key" ON "public"."t_171"("code" ASC);

-- CreateIndex
CREATE INDEX "t_171_name_idx" ON "public"."t_171"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_172_code_key" ON "public"."t_172"("code" ASC);

-- CreateIndex
CREATE INDEX "t_172_name_idx" ON "public"."t_172"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_173_code_key" ON "public"."t_173"("code" ASC);

-- CreateIndex
CREATE INDEX "t_173_name_idx" ON "public"."t_173"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_174_code_key" ON "public"."t_174"("code" ASC);

-- CreateIndex
CREATE INDEX "t_174_name_idx" ON "public"."t_174"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_175_code_key" ON "public"."t_175"("code" ASC);

-- CreateIndex
CREATE INDEX "t_175_name_idx" ON "public"."t_175"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_176_code_key" ON "public"."t_176"("code" ASC);

-- CreateIndex
CREATE INDEX "t_176_name_idx" ON "public"."t_176"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_177_code_key" ON "public"."t_177"("code" ASC);

-- CreateIndex
CREATE INDEX "t_177_name_idx" ON "public"."t_177"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_178_code_key" ON "public"."t_178"("code" ASC);

-- CreateIndex
CREATE INDEX "t_178_name_idx" ON "public"."t_178"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_179_code_key" ON "public"."t_179"("code" ASC);

-- CreateIndex
CREATE INDEX "t_179_name_idx" ON "public"."t_179"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_180_code_key" ON "public"."t_180"("code" ASC);

-- CreateIndex
CREATE INDEX "t_180_name_idx" ON "public"."t_180"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_181_code_key" ON "public"."t_181"("code" ASC);

-- CreateIndex
CREATE INDEX "t_181_name_idx" ON "public"."t_181"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_182_code_key" ON "public"."t_182"("code" ASC);

-- CreateIndex
CREATE INDEX "t_182_name_idx" ON "public"."t_182"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_183_code_key" ON "public"."t_183"("code" ASC);

-- CreateIndex
CREATE INDEX "t_183_name_idx" ON "public"."t_183"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_184_code_key" ON "public"."t_184"("code" ASC);

-- CreateIndex
CREATE INDEX "t_184_name_idx" ON "public"."t_184"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_185_code_key" ON "public"."t_185"("code" ASC);

-- CreateIndex
CREATE INDEX "t_185_name_idx" ON "public"."t_185"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_186_code_key" ON "public"."t_186"("code" ASC);

-- CreateIndex
CREATE INDEX "t_186_name_idx" ON "public"."t_186"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_187_code_key" ON "public"."t_187"("code" ASC);

-- CreateIndex
CREATE INDEX "t_187_name_idx" ON "public"."t_187"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_188_code_key" ON "public"."t_188"("code" ASC);

-- CreateIndex
CREATE INDEX "t_188_name_idx" ON "public"."t_188"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_189_code_key" ON "public"."t_189"("code" ASC);

-- CreateIndex
CREATE INDEX "t_189_name_idx" ON "public"."t_189"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_190_code_key" ON "public"."t_190"("code" ASC);

-- CreateIndex
CREATE INDEX "t_190_name_idx" ON "public"."t_190"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_191_code_key" ON "public"."t_191"("code" ASC);

-- CreateIndex
CREATE INDEX "t_191_name_idx" ON "public"."t_191"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_192_code_key" ON "public"."t_192"("code" ASC);

-- CreateIndex
CREATE INDEX "t_192_name_idx" ON "public"."t_192"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_193_code_key" ON "public"."t_193"("code" ASC);

-- CreateIndex
CREATE INDEX "t_193_name_idx" ON "public"."t_193"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_194_code_key" ON "public"."t_194"("code" ASC);

-- CreateIndex
CREATE INDEX "t_194_name_idx" ON "public"."t_194"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_195_code_key" ON "public"."t_195"("code" ASC);

-- CreateIndex
CREATE INDEX "t_195_name_idx" ON "public"."t_195"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_196_code_key" ON "public"."t_196"("code" ASC);

-- CreateIndex
CREATE INDEX "t_196_name_idx" ON "public"."t_196"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_197_code_key" ON "public"."t_197"("code" ASC);

-- CreateIndex
CREATE INDEX "t_197_name_idx" ON "public"."t_197"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_198_code_key" ON "public"."t_198"("code" ASC);

-- CreateIndex
CREATE INDEX "t_198_name_idx" ON "public"."t_198"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_199_code_key" ON "public"."t_199"("code" ASC);

-- CreateIndex
CREATE INDEX "t_199_name_idx" ON "public"."t_199"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_200_code_key" ON "public"."t_200"("code" ASC);

-- CreateIndex
CREATE INDEX "t_200_name_idx" ON "public"."t_200"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_201_code_key" ON "public"."t_201"("code" ASC);

-- CreateIndex
CREATE INDEX "t_201_name_idx" ON "public"."t_201"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_202_code_key" ON "public"."t_202"("code" ASC);

-- CreateIndex
CREATE INDEX "t_202_name_idx" ON "public"."t_202"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_203_code_key" ON "public"."t_203"("code" ASC);

-- CreateIndex
CREATE INDEX "t_203_name_idx" ON "public"."t_203"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_204_code_key" ON "public"."t_204"("code" ASC);

-- CreateIndex
CREATE INDEX "t_204_name_idx" ON "public"."t_204"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_205_code_key" ON "public"."t_205"("code" ASC);

-- CreateIndex
CREATE INDEX "t_205_name_idx" ON "public"."t_205"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_206_code_key" ON "public"."t_206"("code" ASC);

-- CreateIndex
CREATE INDEX "t_206_name_idx" ON "public"."t_206"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_207_code_key" ON "public"."t_207"("code" ASC);

-- CreateIndex
CREATE INDEX "t_207_name_idx" ON "public"."t_207"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_208_code_key" ON "public"."t_208"("code" ASC);

-- CreateIndex
CREATE INDEX "t_208_name_idx" ON "public"."t_208"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_209_code_key" ON "public"."t_209"("code" ASC);

-- CreateIndex
CREATE INDEX "t_209_name_idx" ON "public"."t_209"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_210_code_key" ON "public"."t_210"("code" ASC);

-- CreateIndex
CREATE INDEX "t_210_name_idx" ON "public"."t_210"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_211_code_key" ON "public"."t_211"("code" ASC);

-- CreateIndex
CREATE INDEX "t_211_name_idx" ON "public"."t_211"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_212_code_key" ON "public"."t_212"("code" ASC);

-- CreateIndex
CREATE INDEX "t_212_name_idx" ON "public"."t_212"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_213_code_key" ON "public"."t_213"("code" ASC);

-- CreateIndex
CREATE INDEX "t_213_name_idx" ON "public"."t_213"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_214_code_key" ON "public"."t_214"("code" ASC);

-- CreateIndex
CREATE INDEX "t_214_name_idx" ON "public"."t_214"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_215_code_key" ON "public"."t_215"("code" ASC);

-- CreateIndex
CREATE INDEX "t_215_name_idx" ON "public"."t_215"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_216_code_key" ON "public"."t_216"("code" ASC);

-- CreateIndex
CREATE INDEX "t_216_name_idx" ON "public"."t_216"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_217_code_key" ON "public"."t_217"("code" ASC);

-- CreateIndex
CREATE INDEX "t_217_name_idx" ON "public"."t_217"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_218_code_key" ON "public"."t_218"("code" ASC);

-- CreateIndex
CREATE INDEX "t_218_name_idx" ON "public"."t_218"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_219_code_key" ON "public"."t_219"("code" ASC);

-- CreateIndex
CREATE INDEX "t_219_name_idx" ON "public"."t_219"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_220_code_key" ON "public"."t_220"("code" ASC);

-- CreateIndex
CREATE INDEX "t_220_name_idx" ON "public"."t_220"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_221_code_key" ON "public"."t_221"("code" ASC);

-- CreateIndex
CREATE INDEX "t_221_name_idx" ON "public"."t_221"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_222_code_key" ON "public"."t_222"("code" ASC);

-- CreateIndex
CREATE INDEX "t_222_name_idx" ON "public"."t_222"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_223_code_key" ON "public"."t_223"("code" ASC);

-- CreateIndex
CREATE INDEX "t_223_name_idx" ON "public"."t_223"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_224_code_key" ON "public"."t_224"("code" ASC);

-- CreateIndex
CREATE INDEX "t_224_name_idx" ON "public"."t_224"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_225_code_key" ON "public"."t_225"("code" ASC);

-- CreateIndex
CREATE INDEX "t_225_name_idx" ON "public"."t_225"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_226_code_key" ON "public"."t_226"("code" ASC);

-- CreateIndex
CREATE INDEX "t_226_name_idx" ON "public"."t_226"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_227_code_key" ON "public"."t_227"("code" ASC);

-- CreateIndex
CREATE INDEX "t_227_name_idx" ON "public"."t_227"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_228_code_key" ON "public"."t_228"("code" ASC);

-- CreateIndex
CREATE INDEX "t_228_name_idx" ON "public"."t_228"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_229_code_key" ON "public"."t_229"("code" ASC);

-- CreateIndex
CREATE INDEX "t_229_name_idx" ON "public"."t_229"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_230_code_key" ON "public"."t_230"("code" ASC);

-- CreateIndex
CREATE INDEX "t_230_name_idx" ON "public"."t_230"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_231_code_key" ON "public"."t_231"("code" ASC);

-- CreateIndex
CREATE INDEX "t_231_name_idx" ON "public"."t_231"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_232_code_key" ON "public"."t_232"("code" ASC);

-- CreateIndex
CREATE INDEX "t_232_name_idx" ON "public"."t_232"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_233_code_key" ON "public"."t_233"("code" ASC);

-- CreateIndex
CREATE INDEX "t_233_name_idx" ON "public"."t_233"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_234_code_key" ON "public"."t_234"("code" ASC);

-- CreateIndex
CREATE INDEX "t_234_name_idx" ON "public"."t_234"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_235_code_key" ON "public"."t_235"("code" ASC);

-- CreateIndex
CREATE INDEX "t_235_name_idx" ON "public"."t_235"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_236_code_key" ON "public"."t_236"("code" ASC);

-- CreateIndex
CREATE INDEX "t_236_name_idx" ON "public"."t_236"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_237_code_key" ON "public"."t_237"("code" ASC);

-- CreateIndex
CREATE INDEX "t_237_name_idx" ON "public"."t_237"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_238_code_key" ON "public"."t_238"("code" ASC);

-- CreateIndex
CREATE INDEX "t_238_name_idx" ON "public"."t_238"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_239_code_key" ON "public"."t_239"("code" ASC);

-- CreateIndex
CREATE INDEX "t_239_name_idx" ON "public"."t_239"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_240_code_key" ON "public"."t_240"("code" ASC);

-- CreateIndex
CREATE INDEX "t_240_name_idx" ON "public"."t_240"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_241_code_key" ON "public"."t_241"("code" ASC);

-- CreateIndex
CREATE INDEX "t_241_name_idx" ON "public"."t_241"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_242_code_key" ON "public"."t_242"("code" ASC);

-- CreateIndex
CREATE INDEX "t_242_name_idx" ON "public"."t_242"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_243_code_key" ON "public"."t_243"("code" ASC);

-- CreateIndex
CREATE INDEX "t_243_name_idx" ON "public"."t_243"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_244_code_key" ON "public"."t_244"("code" ASC);

-- CreateIndex
CREATE INDEX "t_244_name_idx" ON "public"."t_244"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_245_code_key" ON "public"."t_245"("code" ASC);

-- CreateIndex
CREATE INDEX "t_245_name_idx" ON "public"."t_245"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_246_code_key" ON "public"."t_246"("code" ASC);

-- CreateIndex
CREATE INDEX "t_246_name_idx" ON "public"."t_246"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_247_code_key" ON "public"."t_247"("code" ASC);

-- CreateIndex
CREATE INDEX "t_247_name_idx" ON "public"."t_247"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_248_code_key" ON "public"."t_248"("code" ASC);

-- CreateIndex
CREATE INDEX "t_248_name_idx" ON "public"."t_248"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_249_code_key" ON "public"."t_249"("code" ASC);

-- CreateIndex
CREATE INDEX "t_249_name_idx" ON "public"."t_249"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_250_code_key" ON "public"."t_250"("code" ASC);

-- CreateIndex
CREATE INDEX "t_250_name_idx" ON "public"."t_250"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_251_code_key" ON "public"."t_251"("code" ASC);

-- CreateIndex
CREATE INDEX "t_251_name_idx" ON "public"."t_251"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_252_code_key" ON "public"."t_252"("code" ASC);

-- CreateIndex
CREATE INDEX "t_252_name_idx" ON "public"."t_252"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_253_code_key" ON "public"."t_253"("code" ASC);

-- CreateIndex
CREATE INDEX "t_253_name_idx" ON "public"."t_253"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_254_code_key" ON "public"."t_254"("code" ASC);

-- CreateIndex
CREATE INDEX "t_254_name_idx" ON "public"."t_254"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_255_code_key" ON "public"."t_255"("code" ASC);

-- CreateIndex
CREATE INDEX "t_255_name_idx" ON "public"."t_255"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_256_code_key" ON "public"."t_256"("code" ASC);

-- CreateIndex
CREATE INDEX "t_256_name_idx" ON "public"."t_256"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_257_code_key" ON "public"."t_257"("code" ASC);

-- CreateIndex
CREATE INDEX "t_257_name_idx" ON "public"."t_257"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_258_code_key" ON "public"."t_258"("code" ASC);

-- CreateIndex
CREATE INDEX "t_258_name_idx" ON "public"."t_258"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_259_code_key" ON "public"."t_259"("code" ASC);

-- CreateIndex
CREATE INDEX "t_259_name_idx" ON "public"."t_259"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_260_code_key" ON "public"."t_260"("code" ASC);

-- CreateIndex
CREATE INDEX "t_260_name_idx" ON "public"."t_260"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_261_code_key" ON "public"."t_261"("code" ASC);

-- CreateIndex
CREATE INDEX "t_261_name_idx" ON "public"."t_261"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_262_code_key" ON "public"."t_262"("code" ASC);

-- CreateIndex
CREATE INDEX "t_262_name_idx" ON "public"."t_262"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_263_code_key" ON "public"."t_263"("code" ASC);

-- CreateIndex
CREATE INDEX "t_263_name_idx" ON "public"."t_263"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_264_code_key" ON "public"."t_264"("code" ASC);

-- CreateIndex
CREATE INDEX "t_264_name_idx" ON "public"."t_264"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_265_code_key" ON "public"."t_265"("code" ASC);

-- CreateIndex
CREATE INDEX "t_265_name_idx" ON "public"."t_265"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_266_code_key" ON "public"."t_266"("code" ASC);

-- CreateIndex
CREATE INDEX "t_266_name_idx" ON "public"."t_266"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_267_code_key" ON "public"."t_267"("code" ASC);

-- CreateIndex
CREATE INDEX "t_267_name_idx" ON "public"."t_267"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_268_code_key" ON "public"."t_268"("code" ASC);

-- CreateIndex
CREATE INDEX "t_268_name_idx" ON "public"."t_268"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_269_code_key" ON "public"."t_269"("code" ASC);

-- CreateIndex
CREATE INDEX "t_269_name_idx" ON "public"."t_269"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_270_code_key" ON "public"."t_270"("code" ASC);

-- CreateIndex
CREATE INDEX "t_270_name_idx" ON "public"."t_270"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_271_code_key" ON "public"."t_271"("code" ASC);

-- CreateIndex
CREATE INDEX "t_271_name_idx" ON "public"."t_271"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_272_code_key" ON "public"."t_272"("code" ASC);

-- CreateIndex
CREATE INDEX "t_272_name_idx" ON "public"."t_272"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_273_code_key" ON "public"."t_273"("code" ASC);

-- CreateIndex
CREATE INDEX "t_273_name_idx" ON "public"."t_273"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_274_code_key" ON "public"."t_274"("code" ASC);

-- CreateIndex
CREATE INDEX "t_274_name_idx" ON "public"."t_274"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_275_code_key" ON "public"."t_275"("code" ASC);

-- CreateIndex
CREATE INDEX "t_275_name_idx" ON "public"."t_275"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_276_code_key" ON "public"."t_276"("code" ASC);

-- CreateIndex
CREATE INDEX "t_276_name_idx" ON "public"."t_276"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_277_code_key" ON "public"."t_277"("code" ASC);

-- CreateIndex
CREATE INDEX "t_277_name_idx" ON "public"."t_277"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_278_code_key" ON "public"."t_278"("code" ASC);

-- CreateIndex
CREATE INDEX "t_278_name_idx" ON "public"."t_278"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_279_code_key" ON "public"."t_279"("code" ASC);

-- CreateIndex
CREATE INDEX "t_279_name_idx" ON "public"."t_279"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_280_code_key" ON "public"."t_280"("code" ASC);

-- CreateIndex
CREATE INDEX "t_280_name_idx" ON "public"."t_280"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_281_code_key" ON "public"."t_281"("code" ASC);

-- CreateIndex
CREATE INDEX "t_281_name_idx" ON "public"."t_281"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_282_code_key" ON "public"."t_282"("code" ASC);

-- CreateIndex
CREATE INDEX "t_282_name_idx" ON "public"."t_282"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_283_code_key" ON "public"."t_283"("code" ASC);

-- CreateIndex
CREATE INDEX "t_283_name_idx" ON "public"."t_283"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_284_code_key" ON "public"."t_284"("code" ASC);

-- CreateIndex
CREATE INDEX "t_284_name_idx" ON "public"."t_284"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_285_code_key" ON "public"."t_285"("code" ASC);

-- CreateIndex
CREATE INDEX "t_285_name_idx" ON "public"."t_285"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_286_code_key" ON "public"."t_286"("code" ASC);

-- CreateIndex
CREATE INDEX "t_286_name_idx" ON "public"."t_286"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_287_code_key" ON "public"."t_287"("code" ASC);

-- CreateIndex
CREATE INDEX "t_287_name_idx" ON "public"."t_287"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_288_code_key" ON "public"."t_288"("code" ASC);

-- CreateIndex
CREATE INDEX "t_288_name_idx" ON "public"."t_288"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_289_code_key" ON "public"."t_289"("code" ASC);

-- CreateIndex
CREATE INDEX "t_289_name_idx" ON "public"."t_289"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_290_code_key" ON "public"."t_290"("code" ASC);

-- CreateIndex
CREATE INDEX "t_290_name_idx" ON "public"."t_290"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_291_code_key" ON "public"."t_291"("code" ASC);

-- CreateIndex
CREATE INDEX "t_291_name_idx" ON "public"."t_291"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_292_code_key" ON "public"."t_292"("code" ASC);

-- CreateIndex
CREATE INDEX "t_292_name_idx" ON "public"."t_292"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_293_code_key" ON "public"."t_293"("code" ASC);

-- CreateIndex
CREATE INDEX "t_293_name_idx" ON "public"."t_293"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_294_code_key" ON "public"."t_294"("code" ASC);

-- CreateIndex
CREATE INDEX "t_294_name_idx" ON "public"."t_294"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_295_code_key" ON "public"."t_295"("code" ASC);

-- CreateIndex
CREATE INDEX "t_295_name_idx" ON "public"."t_295"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_296_code_key" ON "public"."t_296"("code" ASC);

-- CreateIndex
CREATE INDEX "t_296_name_idx" ON "public"."t_296"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_297_code_key" ON "public"."t_297"("code" ASC);

-- CreateIndex
CREATE INDEX "t_297_name_idx" ON "public"."t_297"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_298_code_key" ON "public"."t_298"("code" ASC);

-- CreateIndex
CREATE INDEX "t_298_name_idx" ON "public"."t_298"("name" ASC);

-- CreateIndex
CREATE UNIQUE INDEX "t_299_code_key" ON "public"."t_299"("code" ASC);

-- CreateIndex
CREATE INDEX "t_299_name_idx" ON "public"."t_299"("name" ASC);

-- AddForeignKey
ALTER TABLE "public"."t_001" ADD CONSTRAINT "t_001_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_000"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_002" ADD CONSTRAINT "t_002_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_001"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_003" ADD CONSTRAINT "t_003_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_002"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_004" ADD CONSTRAINT "t_004_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_003"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_005" ADD CONSTRAINT "t_005_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_004"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_006" ADD CONSTRAINT "t_006_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_005"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_007" ADD CONSTRAINT "t_007_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_006"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_008" ADD CONSTRAINT "t_008_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_007"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_009" ADD CONSTRAINT "t_009_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_008"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_010" ADD CONSTRAINT "t_010_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_009"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_011" ADD CONSTRAINT "t_011_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_010"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_012" ADD CONSTRAINT "t_012_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_011"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_013" ADD CONSTRAINT "t_013_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_012"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_014" ADD CONSTRAINT "t_014_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_013"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_015" ADD CONSTRAINT "t_015_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_014"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_016" ADD CONSTRAINT "t_016_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_015"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_017" ADD CONSTRAINT "t_017_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_016"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_018" ADD CONSTRAINT "t_018_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_017"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_019" ADD CONSTRAINT "t_019_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_018"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_020" ADD CONSTRAINT "t_020_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_019"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_021" ADD CONSTRAINT "t_021_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_020"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_022" ADD CONSTRAINT "t_022_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_021"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_023" ADD CONSTRAINT "t_023_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_022"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_024" ADD CONSTRAINT "t_024_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_023"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_025" ADD CONSTRAINT "t_025_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_024"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_026" ADD CONSTRAINT "t_026_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_025"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_027" ADD CONSTRAINT "t_027_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_026"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_028" ADD CONSTRAINT "t_028_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_027"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_029" ADD CONSTRAINT "t_029_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_028"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_030" ADD CONSTRAINT "t_030_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_029"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_031" ADD CONSTRAINT "t_031_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_030"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_032" ADD CONSTRAINT "t_032_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_031"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_033" ADD CONSTRAINT "t_033_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_032"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_034" ADD CONSTRAINT "t_034_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_033"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_035" ADD CONSTRAINT "t_035_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_034"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_036" ADD CONSTRAINT "t_036_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_035"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_037" ADD CONSTRAINT "t_037_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_036"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_038" ADD CONSTRAINT "t_038_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_037"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_039" ADD CONSTRAINT "t_039_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_038"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_040" ADD CONSTRAINT "t_040_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_039"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_041" ADD CONSTRAINT "t_041_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_040"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_042" ADD CONSTRAINT "t_042_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_041"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_043" ADD CONSTRAINT "t_043_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_042"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_044" ADD CONSTRAINT "t_044_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_043"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_045" ADD CONSTRAINT "t_045_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_044"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_046" ADD CONSTRAINT "t_046_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_045"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_047" ADD CONSTRAINT "t_047_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_046"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_048" ADD CONSTRAINT "t_048_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_047"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_049" ADD CONSTRAINT "t_049_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_048"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_050" ADD CONSTRAINT "t_050_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_049"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_051" ADD CONSTRAINT "t_051_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_050"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_052" ADD CONSTRAINT "t_052_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_051"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_053" ADD CONSTRAINT "t_053_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_052"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_054" ADD CONSTRAINT "t_054_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_053"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_055" ADD CONSTRAINT "t_055_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_054"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_056" ADD CONSTRAINT "t_056_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_055"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_057" ADD CONSTRAINT "t_057_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_056"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_058" ADD CONSTRAINT "t_058_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_057"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_059" ADD CONSTRAINT "t_059_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_058"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_060" ADD CONSTRAINT "t_060_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_059"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_061" ADD CONSTRAINT "t_061_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_060"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_062" ADD CONSTRAINT "t_062_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_061"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_063" ADD CONSTRAINT "t_063_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_062"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_064" ADD CONSTRAINT "t_064_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_063"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_065" ADD CONSTRAINT "t_065_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_064"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_066" ADD CONSTRAINT "t_066_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_065"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_067" ADD CONSTRAINT "t_067_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_066"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_068" ADD CONSTRAINT "t_068_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_067"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_069" ADD CONSTRAINT "t_069_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_068"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_070" ADD CONSTRAINT "t_070_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_069"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_071" ADD CONSTRAINT "t_071_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_070"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_072" ADD CONSTRAINT "t_072_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_071"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_073" ADD CONSTRAINT "t_073_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_072"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_074" ADD CONSTRAINT "t_074_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_073"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_075" ADD CONSTRAINT "t_075_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_074"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_076" ADD CONSTRAINT "t_076_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_075"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_077" ADD CONSTRAINT "t_077_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_076"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_078" ADD CONSTRAINT "t_078_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_077"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_079" ADD CONSTRAINT "t_079_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_078"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_080" ADD CONSTRAINT "t_080_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_079"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_081" ADD CONSTRAINT "t_081_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_080"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_082" ADD CONSTRAINT "t_082_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_081"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_083" ADD CONSTRAINT "t_083_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_082"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_084" ADD CONSTRAINT "t_084_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_083"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_085" ADD CONSTRAINT "t_085_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_084"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_086" ADD CONSTRAINT "t_086_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_085"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_087" ADD CONSTRAINT "t_087_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_086"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_088" ADD CONSTRAINT "t_088_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_087"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_089" ADD CONSTRAINT "t_089_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_088"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_090" ADD CONSTRAINT "t_090_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_089"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_091" ADD CONSTRAINT "t_091_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_090"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_092" ADD CONSTRAINT "t_092_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_091"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_093" ADD CONSTRAINT "t_093_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_092"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_094" ADD CONSTRAINT "t_094_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_093"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_095" ADD CONSTRAINT "t_095_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_094"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_096" ADD CONSTRAINT "t_096_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_095"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_097" ADD CONSTRAINT "t_097_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_096"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_098" ADD CONSTRAINT "t_098_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_097"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_099" ADD CONSTRAINT "t_099_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_098"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_100" ADD CONSTRAINT "t_100_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_099"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_101" ADD CONSTRAINT "t_101_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_100"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_102" ADD CONSTRAINT "t_102_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_101"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_103" ADD CONSTRAINT "t_103_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_102"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_104" ADD CONSTRAINT "t_104_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_103"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_105" ADD CONSTRAINT "t_105_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_104"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_106" ADD CONSTRAINT "t_106_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_105"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_107" ADD CONSTRAINT "t_107_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_106"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_108" ADD CONSTRAINT "t_108_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_107"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_109" ADD CONSTRAINT "t_109_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_108"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_110" ADD CONSTRAINT "t_110_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_109"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_111" ADD CONSTRAINT "t_111_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_110"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_112" ADD CONSTRAINT "t_112_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_111"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_113" ADD CONSTRAINT "t_113_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_112"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_114" ADD CONSTRAINT "t_114_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_113"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_115" ADD CONSTRAINT "t_115_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_114"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_116" ADD CONSTRAINT "t_116_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_115"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_117" ADD CONSTRAINT "t_117_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_116"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_118" ADD CONSTRAINT "t_118_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_117"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_119" ADD CONSTRAINT "t_119_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_118"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_120" ADD CONSTRAINT "t_120_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_119"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_121" ADD CONSTRAINT "t_121_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_120"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_122" ADD CONSTRAINT "t_122_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_121"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_123" ADD CONSTRAINT "t_123_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_122"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_124" ADD CONSTRAINT "t_124_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_123"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_125" ADD CONSTRAINT "t_125_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_124"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_126" ADD CONSTRAINT "t_126_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_125"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_127" ADD CONSTRAINT "t_127_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_126"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_128" ADD CONSTRAINT "t_128_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_127"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_129" ADD CONSTRAINT "t_129_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_128"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_130" ADD CONSTRAINT "t_130_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_129"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_131" ADD CONSTRAINT "t_131_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_130"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_132" ADD CONSTRAINT "t_132_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_131"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_133" ADD CONSTRAINT "t_133_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_132"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_134" ADD CONSTRAINT "t_134_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_133"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_135" ADD CONSTRAINT "t_135_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_134"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_136" ADD CONSTRAINT "t_136_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_135"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_137" ADD CONSTRAINT "t_137_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_136"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_138" ADD CONSTRAINT "t_138_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_137"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_139" ADD CONSTRAINT "t_139_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_138"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_140" ADD CONSTRAINT "t_140_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_139"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_141" ADD CONSTRAINT "t_141_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_140"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_142" ADD CONSTRAINT "t_142_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_141"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_143" ADD CONSTRAINT "t_143_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_142"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_144" ADD CONSTRAINT "t_144_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_143"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_145" ADD CONSTRAINT "t_145_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_144"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_146" ADD CONSTRAINT "t_146_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_145"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_147" ADD CONSTRAINT "t_147_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_146"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_148" ADD CONSTRAINT "t_148_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_147"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_149" ADD CONSTRAINT "t_149_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_148"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_150" ADD CONSTRAINT "t_150_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_149"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_151" ADD CONSTRAINT "t_151_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_150"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_152" ADD CONSTRAINT "t_152_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_151"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_153" ADD CONSTRAINT "t_153_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_152"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_154" ADD CONSTRAINT "t_154_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_153"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_155" ADD CONSTRAINT "t_155_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_154"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_156" ADD CONSTRAINT "t_156_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_155"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_157" ADD CONSTRAINT "t_157_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_156"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_158" ADD CONSTRAINT "t_158_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_157"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_159" ADD CONSTRAINT "t_159_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_158"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_160" ADD CONSTRAINT "t_160_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_159"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_161" ADD CONSTRAINT "t_161_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_160"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_162" ADD CONSTRAINT "t_162_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_161"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_163" ADD CONSTRAINT "t_163_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_162"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_164" ADD CONSTRAINT "t_164_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_163"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_165" ADD CONSTRAINT "t_165_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_164"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_166" ADD CONSTRAINT "t_166_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_165"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_167" ADD CONSTRAINT "t_167_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_166"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_168" ADD CONSTRAINT "t_168_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_167"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_169" ADD CONSTRAINT "t_169_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_168"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_170" ADD CONSTRAINT "t_170_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_169"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_171" ADD CONSTRAINT "t_171_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_170"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_172" ADD CONSTRAINT "t_172_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_171"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_173" ADD CONSTRAINT "t_173_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_172"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_174" ADD CONSTRAINT "t_174_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_173"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_175" ADD CONSTRAINT "t_175_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_174"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_176" ADD CONSTRAINT "t_176_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_175"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_177" ADD CONSTRAINT "t_177_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_176"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_178" ADD CONSTRAINT "t_178_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_177"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_179" ADD CONSTRAINT "t_179_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_178"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_180" ADD CONSTRAINT "t_180_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_179"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_181" ADD CONSTRAINT "t_181_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_180"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_182" ADD CONSTRAINT "t_182_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_181"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_183" ADD CONSTRAINT "t_183_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_182"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_184" ADD CONSTRAINT "t_184_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_183"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_185" ADD CONSTRAINT "t_185_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_184"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_186" ADD CONSTRAINT "t_186_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_185"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_187" ADD CONSTRAINT "t_187_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_186"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_188" ADD CONSTRAINT "t_188_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_187"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_189" ADD CONSTRAINT "t_189_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_188"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_190" ADD CONSTRAINT "t_190_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_189"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_191" ADD CONSTRAINT "t_191_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_190"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_192" ADD CONSTRAINT "t_192_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_191"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_193" ADD CONSTRAINT "t_193_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_192"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_194" ADD CONSTRAINT "t_194_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_193"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_195" ADD CONSTRAINT "t_195_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_194"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_196" ADD CONSTRAINT "t_196_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_195"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_197" ADD CONSTRAINT "t_197_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_196"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_198" ADD CONSTRAINT "t_198_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_197"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_199" ADD CONSTRAINT "t_199_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_198"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_200" ADD CONSTRAINT "t_200_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_199"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_201" ADD CONSTRAINT "t_201_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_200"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_202" ADD CONSTRAINT "t_202_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_201"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_203" ADD CONSTRAINT "t_203_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_202"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_204" ADD CONSTRAINT "t_204_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_203"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_205" ADD CONSTRAINT "t_205_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_204"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_206" ADD CONSTRAINT "t_206_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_205"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_207" ADD CONSTRAINT "t_207_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_206"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_208" ADD CONSTRAINT "t_208_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_207"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_209" ADD CONSTRAINT "t_209_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_208"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_210" ADD CONSTRAINT "t_210_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_209"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_211" ADD CONSTRAINT "t_211_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_210"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_212" ADD CONSTRAINT "t_212_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_211"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_213" ADD CONSTRAINT "t_213_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_212"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_214" ADD CONSTRAINT "t_214_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_213"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_215" ADD CONSTRAINT "t_215_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_214"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_216" ADD CONSTRAINT "t_216_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_215"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_217" ADD CONSTRAINT "t_217_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_216"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_218" ADD CONSTRAINT "t_218_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_217"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_219" ADD CONSTRAINT "t_219_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_218"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_220" ADD CONSTRAINT "t_220_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_219"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_221" ADD CONSTRAINT "t_221_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_220"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_222" ADD CONSTRAINT "t_222_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_221"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_223" ADD CONSTRAINT "t_223_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_222"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_224" ADD CONSTRAINT "t_224_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_223"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_225" ADD CONSTRAINT "t_225_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_224"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_226" ADD CONSTRAINT "t_226_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_225"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_227" ADD CONSTRAINT "t_227_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_226"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_228" ADD CONSTRAINT "t_228_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_227"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_229" ADD CONSTRAINT "t_229_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_228"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_230" ADD CONSTRAINT "t_230_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_229"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_231" ADD CONSTRAINT "t_231_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_230"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_232" ADD CONSTRAINT "t_232_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_231"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_233" ADD CONSTRAINT "t_233_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_232"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_234" ADD CONSTRAINT "t_234_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_233"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_235" ADD CONSTRAINT "t_235_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_234"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_236" ADD CONSTRAINT "t_236_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_235"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_237" ADD CONSTRAINT "t_237_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_236"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_238" ADD CONSTRAINT "t_238_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_237"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_239" ADD CONSTRAINT "t_239_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_238"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_240" ADD CONSTRAINT "t_240_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_239"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_241" ADD CONSTRAINT "t_241_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_240"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_242" ADD CONSTRAINT "t_242_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_241"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_243" ADD CONSTRAINT "t_243_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_242"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_244" ADD CONSTRAINT "t_244_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_243"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_245" ADD CONSTRAINT "t_245_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_244"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_246" ADD CONSTRAINT "t_246_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_245"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_247" ADD CONSTRAINT "t_247_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_246"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_248" ADD CONSTRAINT "t_248_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_247"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_249" ADD CONSTRAINT "t_249_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_248"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_250" ADD CONSTRAINT "t_250_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_249"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_251" ADD CONSTRAINT "t_251_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_250"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_252" ADD CONSTRAINT "t_252_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_251"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_253" ADD CONSTRAINT "t_253_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_252"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_254" ADD CONSTRAINT "t_254_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_253"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_255" ADD CONSTRAINT "t_255_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_254"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_256" ADD CONSTRAINT "t_256_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_255"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_257" ADD CONSTRAINT "t_257_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_256"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_258" ADD CONSTRAINT "t_258_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_257"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_259" ADD CONSTRAINT "t_259_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_258"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_260" ADD CONSTRAINT "t_260_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_259"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_261" ADD CONSTRAINT "t_261_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_260"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_262" ADD CONSTRAINT "t_262_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_261"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_263" ADD CONSTRAINT "t_263_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_262"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_264" ADD CONSTRAINT "t_264_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_263"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_265" ADD CONSTRAINT "t_265_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_264"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_266" ADD CONSTRAINT "t_266_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_265"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_267" ADD CONSTRAINT "t_267_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_266"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_268" ADD CONSTRAINT "t_268_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_267"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_269" ADD CONSTRAINT "t_269_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_268"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_270" ADD CONSTRAINT "t_270_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_269"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_271" ADD CONSTRAINT "t_271_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_270"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_272" ADD CONSTRAINT "t_272_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_271"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_273" ADD CONSTRAINT "t_273_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_272"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_274" ADD CONSTRAINT "t_274_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_273"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_275" ADD CONSTRAINT "t_275_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_274"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_276" ADD CONSTRAINT "t_276_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_275"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_277" ADD CONSTRAINT "t_277_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_276"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_278" ADD CONSTRAINT "t_278_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_277"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_279" ADD CONSTRAINT "t_279_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_278"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_280" ADD CONSTRAINT "t_280_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_279"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_281" ADD CONSTRAINT "t_281_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_280"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_282" ADD CONSTRAINT "t_282_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_281"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_283" ADD CONSTRAINT "t_283_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_282"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_284" ADD CONSTRAINT "t_284_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_283"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_285" ADD CONSTRAINT "t_285_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_284"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_286" ADD CONSTRAINT "t_286_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_285"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_287" ADD CONSTRAINT "t_287_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_286"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_288" ADD CONSTRAINT "t_288_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_287"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_289" ADD CONSTRAINT "t_289_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_288"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_290" ADD CONSTRAINT "t_290_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_289"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_291" ADD CONSTRAINT "t_291_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_290"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_292" ADD CONSTRAINT "t_292_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_291"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_293" ADD CONSTRAINT "t_293_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_292"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_294" ADD CONSTRAINT "t_294_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_293"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_295" ADD CONSTRAINT "t_295_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_294"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_296" ADD CONSTRAINT "t_296_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_295"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_297" ADD CONSTRAINT "t_297_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_296"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_298" ADD CONSTRAINT "t_298_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_297"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "public"."t_299" ADD CONSTRAINT "t_299_parent_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "public"."t_298"("id") ON DELETE CASCADE ON UPDATE CASCADE;
