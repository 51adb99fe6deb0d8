-- Live updates (issue 16): the changes open pages must hear of, numbered.
-- A trigger tells every listening app instance of each new row when its
-- transaction commits (NOTIFY is delivered at commit, never for a rollback):
-- lib/server/events/live-hub.ts LISTENs on "live_events".

-- CreateTable
CREATE TABLE "LiveEvent" (
    "id" SERIAL NOT NULL,
    "articleId" TEXT NOT NULL,
    "claimId" TEXT,
    "action" TEXT NOT NULL,
    "actorId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "LiveEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "LiveEvent_articleId_id_idx" ON "LiveEvent"("articleId", "id");

-- CreateIndex
CREATE INDEX "LiveEvent_createdAt_idx" ON "LiveEvent"("createdAt");

-- Hand-written: the notification of each new row (tests/integration/migrated-schema.test.ts HAND_WRITTEN)
CREATE FUNCTION "live_event_notify"() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('live_events', NEW."id"::text);
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER "LiveEvent_notify" AFTER INSERT ON "LiveEvent" FOR EACH ROW EXECUTE FUNCTION "live_event_notify"();
