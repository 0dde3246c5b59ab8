-- extensions.sql: extensions for db pull with the postgresqlExtensions preview feature
CREATE SCHEMA ext;
CREATE EXTENSION citext;
CREATE EXTENSION "uuid-ossp" SCHEMA ext;
CREATE EXTENSION pg_trgm;
CREATE TABLE "User" (id uuid PRIMARY KEY DEFAULT ext.uuid_generate_v4(), email citext NOT NULL);
