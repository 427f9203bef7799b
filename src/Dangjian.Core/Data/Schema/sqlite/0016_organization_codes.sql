-- 0016 organization codes: the county's own code per organization (e.g. from the national member-management system),
-- unique, so an organization-tree import can be run again without duplicating. Derived from 'schema-script sqlite'.

ALTER TABLE "organizations" ADD "code" TEXT NULL;

CREATE UNIQUE INDEX "ix_organizations_code" ON "organizations" ("code");
