-- Claimant and appearance on claims, frozen with each approval; public
-- fact-check pages (Publication) and the approvals each one shows
-- (PublishedClaim). Issue 15.

-- CreateEnum
CREATE TYPE "ClaimantType" AS ENUM ('Person', 'Organization');

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "claimantName" TEXT,
ADD COLUMN     "claimantType" "ClaimantType",
ADD COLUMN     "claimantUrl" TEXT,
ADD COLUMN     "appearanceUrl" TEXT,
ADD COLUMN     "appearanceDate" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "ClaimApproval" ADD COLUMN     "claimantName" TEXT,
ADD COLUMN     "claimantType" "ClaimantType",
ADD COLUMN     "claimantUrl" TEXT,
ADD COLUMN     "appearanceUrl" TEXT,
ADD COLUMN     "appearanceDate" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "Publication" (
    "id" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "revisionId" TEXT NOT NULL,
    "publishedById" TEXT NOT NULL,
    "firstPublishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "withdrawnAt" TIMESTAMP(3),

    CONSTRAINT "Publication_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PublishedClaim" (
    "publicationId" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "approvalId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    CONSTRAINT "PublishedClaim_pkey" PRIMARY KEY ("publicationId","claimId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Publication_articleId_key" ON "Publication"("articleId");

-- CreateIndex
CREATE UNIQUE INDEX "Publication_slug_key" ON "Publication"("slug");

-- CreateIndex
CREATE INDEX "Publication_withdrawnAt_publishedAt_idx" ON "Publication"("withdrawnAt", "publishedAt");

-- CreateIndex
CREATE INDEX "PublishedClaim_claimId_idx" ON "PublishedClaim"("claimId");

-- CreateIndex
CREATE INDEX "PublishedClaim_approvalId_idx" ON "PublishedClaim"("approvalId");

-- AddForeignKey
ALTER TABLE "Publication" ADD CONSTRAINT "Publication_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Publication" ADD CONSTRAINT "Publication_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "ArticleRevision"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Publication" ADD CONSTRAINT "Publication_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublishedClaim" ADD CONSTRAINT "PublishedClaim_publicationId_fkey" FOREIGN KEY ("publicationId") REFERENCES "Publication"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublishedClaim" ADD CONSTRAINT "PublishedClaim_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublishedClaim" ADD CONSTRAINT "PublishedClaim_approvalId_fkey" FOREIGN KEY ("approvalId") REFERENCES "ClaimApproval"("id") ON DELETE CASCADE ON UPDATE CASCADE;
