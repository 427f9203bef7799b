-- 0023 county-defined yearly statistics (人均可支配收入, 土地流转面积…) and their values per organization and year.
-- Derived from 'schema-script sqlite' before/after.

CREATE TABLE "yearly_statistics" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_yearly_statistics" PRIMARY KEY AUTOINCREMENT,
    "organization_id" INTEGER NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "decimals" INTEGER NOT NULL,
    "sectors" TEXT NOT NULL,
    "levels" TEXT NOT NULL,
    "definition" TEXT NULL,
    "sort_order" INTEGER NOT NULL,
    "is_retired" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_yearly_statistics_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE RESTRICT
);

CREATE TABLE "statistic_values" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_statistic_values" PRIMARY KEY AUTOINCREMENT,
    "organization_id" INTEGER NOT NULL,
    "statistic_id" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "value" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_statistic_values_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_statistic_values_yearly_statistics_statistic_id" FOREIGN KEY ("statistic_id") REFERENCES "yearly_statistics" ("id") ON DELETE RESTRICT
);

CREATE UNIQUE INDEX "ix_yearly_statistics_organization_id_code" ON "yearly_statistics" ("organization_id", "code");
CREATE UNIQUE INDEX "ix_statistic_values_organization_id_statistic_id_year" ON "statistic_values" ("organization_id", "statistic_id", "year");
CREATE INDEX "ix_statistic_values_statistic_id_year" ON "statistic_values" ("statistic_id", "year");
