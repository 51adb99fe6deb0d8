-- CreateTable
CREATE TABLE "ClaimApproval" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "claimId" TEXT NOT NULL,
    "reviewId" TEXT NOT NULL,
    "approvedById" TEXT NOT NULL,
    "claimVersion" INTEGER NOT NULL,
    "statement" TEXT NOT NULL,
    "verdictKey" TEXT,
    "verdictLabel" TEXT,
    "verdictColor" TEXT,
    "rationale" TEXT NOT NULL,
    "revisionId" TEXT NOT NULL,
    "exact" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "suffix" TEXT NOT NULL,
    "start_offset" INTEGER NOT NULL,
    "end_offset" INTEGER NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "ClaimApproval_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ClaimApproval_reviewId_fkey" FOREIGN KEY ("reviewId") REFERENCES "Review" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ClaimApproval_approvedById_fkey" FOREIGN KEY ("approvedById") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "ClaimApproval_revisionId_fkey" FOREIGN KEY ("revisionId") REFERENCES "ArticleRevision" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ApprovedSource" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "approvalId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "url" TEXT NOT NULL,
    "title" TEXT,
    "publisher" TEXT,
    "quote" TEXT,
    "accessedAt" DATETIME,
    "archivedUrl" TEXT,
    "reliabilityNote" TEXT,
    CONSTRAINT "ApprovedSource_approvalId_fkey" FOREIGN KEY ("approvalId") REFERENCES "ClaimApproval" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ClaimContributor" (
    "claimId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,

    PRIMARY KEY ("claimId", "userId"),
    CONSTRAINT "ClaimContributor_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ClaimContributor_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "revokedAt" DATETIME,
    CONSTRAINT "Session_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- AlterTable (a plain ADD COLUMN: no table rebuild under live foreign keys)
ALTER TABLE "User" ADD COLUMN "mustChangePassword" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE UNIQUE INDEX "ClaimApproval_reviewId_key" ON "ClaimApproval"("reviewId");

-- CreateIndex
CREATE INDEX "ClaimApproval_claimId_createdAt_idx" ON "ClaimApproval"("claimId", "createdAt");

-- CreateIndex
CREATE INDEX "ApprovedSource_approvalId_idx" ON "ApprovedSource"("approvalId");

-- CreateIndex
CREATE INDEX "ClaimContributor_userId_idx" ON "ClaimContributor"("userId");

-- CreateIndex
CREATE INDEX "Session_userId_idx" ON "Session"("userId");


-- Backfill: a claim approved before approvals were kept as records publishes
-- what it holds now, approved by the reviewer of its latest approval.
INSERT INTO "ClaimApproval" ("id", "claimId", "reviewId", "approvedById", "claimVersion", "statement", "verdictKey", "verdictLabel", "verdictColor", "rationale", "revisionId", "exact", "prefix", "suffix", "start_offset", "end_offset", "createdAt")
SELECT 'bf' || lower(hex(randomblob(12))), c."id", r."id", r."reviewerId", c."version", c."statement", c."verdictKey", v."label", v."color", c."rationale", c."revisionId", c."exact", c."prefix", c."suffix", c."start_offset", c."end_offset", r."createdAt"
FROM "Claim" c
JOIN "Review" r ON r."id" = (SELECT r2."id" FROM "Review" r2 WHERE r2."claimId" = c."id" AND r2."decision" = 'APPROVE' ORDER BY r2."createdAt" DESC, r2."id" DESC LIMIT 1)
LEFT JOIN "VerdictOption" v ON v."key" = c."verdictKey"
WHERE c."status" = 'APPROVED';

INSERT INTO "ApprovedSource" ("id", "approvalId", "position", "url", "title", "publisher", "quote", "accessedAt", "archivedUrl", "reliabilityNote")
SELECT 'bf' || lower(hex(randomblob(12))), a."id", ROW_NUMBER() OVER (PARTITION BY a."id" ORDER BY s."createdAt", s."id") - 1, s."url", s."title", s."publisher", s."quote", s."accessedAt", s."archivedUrl", s."reliabilityNote"
FROM "ClaimApproval" a JOIN "Source" s ON s."claimId" = a."claimId";

-- Backfill: whoever changed a claim's content or sources after its latest approval.
INSERT INTO "ClaimContributor" ("claimId", "userId")
SELECT DISTINCT e."claimId", e."actorId"
FROM "AuditEvent" e JOIN "Claim" c ON c."id" = e."claimId"
WHERE e."actorId" IS NOT NULL
  AND e."action" IN ('claim.created', 'claim.updated', 'claim.reattached', 'source.added', 'source.removed')
  AND NOT EXISTS (SELECT 1 FROM "AuditEvent" d WHERE d."claimId" = e."claimId" AND d."action" = 'claim.approved' AND d."createdAt" >= e."createdAt");
