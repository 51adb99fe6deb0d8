-- CreateTable
CREATE TABLE "ClaimSearchEntry" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "claimId" TEXT NOT NULL,
    "tokens" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "ClaimSearchEntry_claimId_fkey" FOREIGN KEY ("claimId") REFERENCES "Claim" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "ClaimSearchEntry_claimId_key" ON "ClaimSearchEntry"("claimId");

-- CreateIndex
CREATE INDEX "ClaimSearchEntry_version_idx" ON "ClaimSearchEntry"("version");


-- Full-text index over ClaimSearchEntry.tokens (hand-written: Prisma's schema
-- language has no full-text tables). External content: the tokens are stored
-- once, in ClaimSearchEntry; these triggers keep the index in step with every
-- insert, update and delete there (a claim's deletion cascades to its entry).
CREATE VIRTUAL TABLE "ClaimSearch" USING fts5(
    tokens,
    content='ClaimSearchEntry',
    content_rowid='id',
    tokenize='unicode61 remove_diacritics 2'
);

CREATE TRIGGER "ClaimSearchEntry_after_insert" AFTER INSERT ON "ClaimSearchEntry" BEGIN
    INSERT INTO "ClaimSearch" (rowid, tokens) VALUES (new.id, new.tokens);
END;

CREATE TRIGGER "ClaimSearchEntry_after_delete" AFTER DELETE ON "ClaimSearchEntry" BEGIN
    INSERT INTO "ClaimSearch" ("ClaimSearch", rowid, tokens) VALUES ('delete', old.id, old.tokens);
END;

CREATE TRIGGER "ClaimSearchEntry_after_update" AFTER UPDATE ON "ClaimSearchEntry" BEGIN
    INSERT INTO "ClaimSearch" ("ClaimSearch", rowid, tokens) VALUES ('delete', old.id, old.tokens);
    INSERT INTO "ClaimSearch" (rowid, tokens) VALUES (new.id, new.tokens);
END;
