-- AlterTable
ALTER TABLE "email_verifications" ADD COLUMN     "locale" TEXT NOT NULL DEFAULT 'en';
