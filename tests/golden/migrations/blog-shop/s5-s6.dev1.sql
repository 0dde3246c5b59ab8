-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'GUEST';
