-- multifile.sql: the database behind the multi-file schema case
CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN');
CREATE TYPE "Mood" AS ENUM ('HAPPY', 'SAD');
CREATE TABLE "User" (id serial PRIMARY KEY, email text NOT NULL UNIQUE, role "Role" NOT NULL DEFAULT 'USER');
CREATE TABLE "Post" (id serial PRIMARY KEY, title text NOT NULL, "authorId" int NOT NULL REFERENCES "User"(id));
CREATE TABLE "Comment" (id serial PRIMARY KEY, body text NOT NULL, mood "Mood", "postId" int NOT NULL REFERENCES "Post"(id));
CREATE TABLE "Tag" (id serial PRIMARY KEY, name text NOT NULL);
CREATE TABLE "Label" (id serial PRIMARY KEY, "tagId" int REFERENCES "Tag"(id));
