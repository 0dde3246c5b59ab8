-- views.sql: views for db pull with the views preview feature
CREATE TYPE "Kind" AS ENUM ('A', 'B');
CREATE TABLE "User" (id serial PRIMARY KEY, email text NOT NULL UNIQUE, name varchar(40), kind "Kind" NOT NULL DEFAULT 'A');
CREATE VIEW "UserInfo" AS SELECT id, email, name FROM "User";
CREATE VIEW active_users AS SELECT u.id, upper(u.email) AS "E-mail", u.kind FROM "User" u WHERE u.name IS NOT NULL;
COMMENT ON VIEW active_users IS 'the active ones';
CREATE VIEW "Stats" AS SELECT kind, count(*) AS n FROM "User" GROUP BY kind;
COMMENT ON COLUMN "Stats".n IS 'how many';
