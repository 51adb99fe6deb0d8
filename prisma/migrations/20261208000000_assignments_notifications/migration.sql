-- Assignment of articles and claims to an editor and a reviewer, and in-app
-- notifications (Notification). Issue 16.
-- The assignee columns are added with their foreign keys in place (SQLite's
-- ADD COLUMN ... REFERENCES, allowed for a column whose default is NULL)
-- rather than by Prisma's copy-and-rename of the table, which would drop the
-- claim search triggers of the claim_search migration.

-- AlterTable
ALTER TABLE "Article" ADD COLUMN "editorAssigneeId" TEXT REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Article" ADD COLUMN "reviewerAssigneeId" TEXT REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN "editorAssigneeId" TEXT REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "Claim" ADD COLUMN "reviewerAssigneeId" TEXT REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "articleId" TEXT NOT NULL,
    "claimId" TEXT,
    "actorId" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" DATETIME,
    CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Notification_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE,
    CONSTRAINT "Notification_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "Notification_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE INDEX "Claim_reviewerAssigneeId_idx" ON "Claim"("reviewerAssigneeId");

-- CreateIndex
CREATE INDEX "Claim_editorAssigneeId_idx" ON "Claim"("editorAssigneeId");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_claimId_idx" ON "Notification"("claimId");

-- CreateIndex
CREATE INDEX "Notification_articleId_idx" ON "Notification"("articleId");
