-- 0007 liaison leaders' assigned organizations (联系点): their scope is the union of these subtrees
CREATE TABLE "user_scopes" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_user_scopes" PRIMARY KEY AUTOINCREMENT,
    "user_id" INTEGER NOT NULL,
    "organization_id" INTEGER NOT NULL,
    CONSTRAINT "fk_user_scopes_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_user_scopes_users_user_id" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE
);

CREATE INDEX "ix_user_scopes_organization_id" ON "user_scopes" ("organization_id");
CREATE UNIQUE INDEX "ix_user_scopes_user_id_organization_id" ON "user_scopes" ("user_id", "organization_id");
