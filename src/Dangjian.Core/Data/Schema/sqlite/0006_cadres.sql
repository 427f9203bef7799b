-- 0006 cadres and elections: election terms (换届), village "two committees" members, qualification reviews (任职资格联审),
-- reserve cadres (后备干部), first secretaries and instructors (第一书记、党建指导员). Derived from 'schema-script sqlite' before/after.
CREATE TABLE "assignments" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_assignments" PRIMARY KEY AUTOINCREMENT,
    "organization_id" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "person_name" TEXT NOT NULL,
    "dispatching_unit" TEXT NOT NULL,
    "started_on" TEXT NOT NULL,
    "ended_on" TEXT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_assignments_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE RESTRICT
);

CREATE TABLE "election_terms" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_election_terms" PRIMARY KEY AUTOINCREMENT,
    "organization_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "elected_on" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_election_terms_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE RESTRICT
);

CREATE TABLE "cadres" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_cadres" PRIMARY KEY AUTOINCREMENT,
    "organization_id" INTEGER NOT NULL,
    "term_id" INTEGER NOT NULL,
    "member_id" INTEGER NULL,
    "name" TEXT NOT NULL,
    "sex" TEXT NOT NULL,
    "birth_date" TEXT NOT NULL,
    "education" TEXT NOT NULL,
    "education_at_election" TEXT NOT NULL,
    "age_at_election" INTEGER NOT NULL,
    "party_post" TEXT NULL,
    "village_post" TEXT NULL,
    "supervision_post" TEXT NULL,
    "is_party_member" INTEGER NOT NULL,
    "is_full_time_secretary" INTEGER NOT NULL,
    "left_on" TEXT NULL,
    "left_reason" TEXT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_cadres_election_terms_term_id" FOREIGN KEY ("term_id") REFERENCES "election_terms" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_cadres_members_member_id" FOREIGN KEY ("member_id") REFERENCES "members" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_cadres_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE RESTRICT
);

CREATE TABLE "reserve_cadres" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_reserve_cadres" PRIMARY KEY AUTOINCREMENT,
    "organization_id" INTEGER NOT NULL,
    "member_id" INTEGER NULL,
    "name" TEXT NOT NULL,
    "sex" TEXT NOT NULL,
    "birth_date" TEXT NOT NULL,
    "education" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "added_on" TEXT NOT NULL,
    "for_full_time_secretary" INTEGER NOT NULL,
    "trained_on" TEXT NULL,
    "promoted_on" TEXT NULL,
    "promoted_to" TEXT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_reserve_cadres_members_member_id" FOREIGN KEY ("member_id") REFERENCES "members" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_reserve_cadres_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE RESTRICT
);

CREATE TABLE "qualification_reviews" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_qualification_reviews" PRIMARY KEY AUTOINCREMENT,
    "organization_id" INTEGER NOT NULL,
    "term_id" INTEGER NOT NULL,
    "cadre_id" INTEGER NULL,
    "person_name" TEXT NOT NULL,
    "reviewed_on" TEXT NOT NULL,
    "departments" TEXT NOT NULL,
    "result" TEXT NOT NULL,
    "problem_reason" TEXT NULL,
    "removed_on" TEXT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_qualification_reviews_cadres_cadre_id" FOREIGN KEY ("cadre_id") REFERENCES "cadres" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_qualification_reviews_election_terms_term_id" FOREIGN KEY ("term_id") REFERENCES "election_terms" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_qualification_reviews_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE RESTRICT
);

CREATE INDEX "ix_assignments_organization_id_kind" ON "assignments" ("organization_id", "kind");

CREATE INDEX "ix_cadres_member_id" ON "cadres" ("member_id");

CREATE INDEX "ix_cadres_organization_id_term_id" ON "cadres" ("organization_id", "term_id");

CREATE INDEX "ix_cadres_term_id_party_post" ON "cadres" ("term_id", "party_post");

CREATE INDEX "ix_election_terms_organization_id_elected_on" ON "election_terms" ("organization_id", "elected_on");

CREATE INDEX "ix_qualification_reviews_cadre_id" ON "qualification_reviews" ("cadre_id");

CREATE INDEX "ix_qualification_reviews_organization_id" ON "qualification_reviews" ("organization_id");

CREATE INDEX "ix_qualification_reviews_term_id_reviewed_on" ON "qualification_reviews" ("term_id", "reviewed_on");

CREATE INDEX "ix_reserve_cadres_member_id" ON "reserve_cadres" ("member_id");

CREATE INDEX "ix_reserve_cadres_organization_id_source" ON "reserve_cadres" ("organization_id", "source");
