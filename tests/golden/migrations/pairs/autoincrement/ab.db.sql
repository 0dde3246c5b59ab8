-- AlterTable
CREATE SEQUENCE "public".t_n_seq;
ALTER TABLE "public"."T" ALTER COLUMN "id" DROP DEFAULT,
ALTER COLUMN "n" SET DEFAULT nextval('"public".t_n_seq'),
ALTER COLUMN "big" DROP DEFAULT;
DROP SEQUENCE "T_id_seq";
ALTER SEQUENCE "public".t_n_seq OWNED BY "public"."T"."n";
DROP SEQUENCE "T_big_seq";
