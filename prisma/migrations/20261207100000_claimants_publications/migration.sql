-- Claimant and appearance on claims, frozen with each approval; public
-- fact-check pages (Publication) and the approvals each one shows
-- (PublishedClaim). Issue 15.

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN "claimantName" TEXT;
ALTER TABLE "Claim" ADD COLUMN "claimantType" TEXT;
ALTER TABLE "Claim" ADD COLUMN "claimantUrl" TEXT;
ALTER TABLE "Claim" ADD COLUMN "appearanceUrl" TEXT;
ALTER TABLE "Claim" ADD COLUMN "appearanceDate" DATETIME;

-- AlterTable
ALTER TABLE "ClaimApproval" ADD COLUMN "claimantName" TEXT;
ALTER TABLE "ClaimApproval" ADD COLUMN "claimantType" TEXT;
ALTER TABLE "ClaimApproval" ADD COLUMN "claimantUrl" TEXT;
ALTER TABLE "ClaimApproval" ADD COLUMN "appearanceUrl" TEXT;
ALTER TABLE "ClaimApproval" ADD COLUMN "appearanceDate" DATETIME;

-- CreateTable
CREATE TABLE "Publication" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "articleId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "revisionId" TEXT NOT NULL,
    "publishedById" TEXT NOT NULL,
    "firstPublishedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "withdrawnAt" DATETIME,
    CONSTRAINT "Publication_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Publication_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "ArticleRevision" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Publication_publishedById_fkey" FOREIGN KEY ("publishedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "PublishedClaim" (
    "publicationId" TEXT NOT NULL,
    "claimId" TEXT NOT NULL,
    "approvalId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,

    PRIMARY KEY ("publicationId", "claimId"),
    CONSTRAINT "PublishedClaim_publicationId_fkey" FOREIGN KEY ("publicationId") REFERENCES "Publication" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PublishedClaim_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "PublishedClaim_approvalId_fkey" FOREIGN KEY ("approvalId") REFERENCES "ClaimApproval" ("id") ON DELETE CASCADE ON UPDATE CASCADE
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
