-- Assignment of articles and claims to an editor and a reviewer, and in-app
-- notifications (Notification). Issue 16.

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('SENT_BACK', 'APPROVED', 'COMMENT', 'ASSIGNED', 'RESUBMITTED');

-- AlterTable
ALTER TABLE "Article" ADD COLUMN     "editorAssigneeId" TEXT,
ADD COLUMN     "reviewerAssigneeId" TEXT;

-- AlterTable
ALTER TABLE "Claim" ADD COLUMN     "editorAssigneeId" TEXT,
ADD COLUMN     "reviewerAssigneeId" TEXT;

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "articleId" TEXT NOT NULL,
    "claimId" TEXT,
    "actorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_editorAssigneeId_fkey" FOREIGN KEY ("editorAssigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Article" ADD CONSTRAINT "Article_reviewerAssigneeId_fkey" FOREIGN KEY ("reviewerAssigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_editorAssigneeId_fkey" FOREIGN KEY ("editorAssigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Claim" ADD CONSTRAINT "Claim_reviewerAssigneeId_fkey" FOREIGN KEY ("reviewerAssigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_articleId_fkey" FOREIGN KEY ("articleId") REFERENCES "Article"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim"("id") ON DELETE CASCADE ON UPDATE CASCADE;
