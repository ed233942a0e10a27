-- AlterEnum
ALTER TYPE "ActorType" ADD VALUE 'import';
