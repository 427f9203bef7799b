-- Issue 7: member development pipeline (cases, steps, holiday calendar) and organization building
-- (weak organizations, standardization, demonstration titles, collective-economy income).

CREATE TABLE "calendar_days" (
    "date" TEXT NOT NULL CONSTRAINT "pk_calendar_days" PRIMARY KEY,
    "is_workday" INTEGER NOT NULL,
    "name" TEXT NOT NULL
);

CREATE TABLE "collective_incomes" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_collective_incomes" PRIMARY KEY AUTOINCREMENT,
    "organization_id" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "amount_wan" REAL NOT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_collective_incomes_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE RESTRICT
);

CREATE TABLE "demonstration_titles" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_demonstration_titles" PRIMARY KEY AUTOINCREMENT,
    "organization_id" INTEGER NOT NULL,
    "level" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    CONSTRAINT "fk_demonstration_titles_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE RESTRICT
);

CREATE TABLE "satisfaction_records" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_satisfaction_records" PRIMARY KEY AUTOINCREMENT,
    "organization_id" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "percent" REAL NOT NULL,
    "surveyed_on" TEXT NOT NULL,
    CONSTRAINT "fk_satisfaction_records_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE RESTRICT
);

CREATE TABLE "standardization_checks" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_standardization_checks" PRIMARY KEY AUTOINCREMENT,
    "organization_id" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "self_checked_on" TEXT NOT NULL,
    "items_met" TEXT NOT NULL,
    "self_check_note" TEXT NULL,
    "venue_area" INTEGER NULL,
    "venue_meets_standard" INTEGER NOT NULL,
    "accepted_on" TEXT NULL,
    "accepted" INTEGER NULL,
    "acceptance_note" TEXT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_standardization_checks_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE RESTRICT
);

CREATE TABLE "weak_organizations" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_weak_organizations" PRIMARY KEY AUTOINCREMENT,
    "organization_id" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "reasons" TEXT NOT NULL,
    "confirmed_on" TEXT NOT NULL,
    "confirmed_by" TEXT NULL,
    "plan" TEXT NULL,
    "converted_on" TEXT NULL,
    "conversion_note" TEXT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_weak_organizations_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE RESTRICT
);

CREATE TABLE "development_cases" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_development_cases" PRIMARY KEY AUTOINCREMENT,
    "organization_id" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "sex" TEXT NOT NULL,
    "birth_date" TEXT NOT NULL,
    "education" TEXT NOT NULL,
    "applied_on" TEXT NOT NULL,
    "rule_set" TEXT NOT NULL,
    "stage" TEXT NOT NULL,
    "last_step" INTEGER NOT NULL,
    "state" TEXT NOT NULL,
    "extension_months" INTEGER NULL,
    "extended_on" TEXT NULL,
    "closed_on" TEXT NULL,
    "close_reason" TEXT NULL,
    "member_id" INTEGER NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_development_cases_members_member_id" FOREIGN KEY ("member_id") REFERENCES "members" ("id") ON DELETE RESTRICT,
    CONSTRAINT "fk_development_cases_organizations_organization_id" FOREIGN KEY ("organization_id") REFERENCES "organizations" ("id") ON DELETE RESTRICT
);

CREATE TABLE "weak_organization_measures" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_weak_organization_measures" PRIMARY KEY AUTOINCREMENT,
    "weak_organization_id" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "owner" TEXT NOT NULL,
    "deadline" TEXT NOT NULL,
    "done_on" TEXT NULL,
    "version" INTEGER NOT NULL,
    CONSTRAINT "fk_weak_organization_measures_weak_organizations_weak_organization_id" FOREIGN KEY ("weak_organization_id") REFERENCES "weak_organizations" ("id") ON DELETE CASCADE
);

CREATE TABLE "development_steps" (
    "id" INTEGER NOT NULL CONSTRAINT "pk_development_steps" PRIMARY KEY AUTOINCREMENT,
    "case_id" INTEGER NOT NULL,
    "step" INTEGER NOT NULL,
    "completed_on" TEXT NOT NULL,
    "training_days" INTEGER NULL,
    "training_hours" INTEGER NULL,
    "voters_due" INTEGER NULL,
    "voters_present" INTEGER NULL,
    "votes_in_favour" INTEGER NULL,
    "notice_from" TEXT NULL,
    "notice_to" TEXT NULL,
    "note" TEXT NULL,
    CONSTRAINT "fk_development_steps_development_cases_case_id" FOREIGN KEY ("case_id") REFERENCES "development_cases" ("id") ON DELETE CASCADE
);

CREATE UNIQUE INDEX "ix_collective_incomes_organization_id_year" ON "collective_incomes" ("organization_id", "year");

CREATE INDEX "ix_collective_incomes_year_amount_wan" ON "collective_incomes" ("year", "amount_wan");

CREATE INDEX "ix_demonstration_titles_organization_id_year" ON "demonstration_titles" ("organization_id", "year");

CREATE INDEX "ix_development_cases_member_id" ON "development_cases" ("member_id");

CREATE INDEX "ix_development_cases_organization_id_state" ON "development_cases" ("organization_id", "state");

CREATE INDEX "ix_development_steps_case_id_step" ON "development_steps" ("case_id", "step");

CREATE INDEX "ix_development_steps_step_completed_on" ON "development_steps" ("step", "completed_on");

CREATE INDEX "ix_satisfaction_records_organization_id_year" ON "satisfaction_records" ("organization_id", "year");

CREATE UNIQUE INDEX "ix_standardization_checks_organization_id_year" ON "standardization_checks" ("organization_id", "year");

CREATE INDEX "ix_weak_organization_measures_weak_organization_id" ON "weak_organization_measures" ("weak_organization_id");

CREATE UNIQUE INDEX "ix_weak_organizations_organization_id_year" ON "weak_organizations" ("organization_id", "year");

CREATE INDEX "ix_weak_organizations_year" ON "weak_organizations" ("year");

-- China's public holidays and adjusted working days 2025–2026 (same data as Development/ChinaHolidays.cs).
INSERT INTO calendar_days (date, is_workday, name) VALUES
('2025-01-01', 0, '元旦'),
('2025-01-26', 1, '春节调休上班'),
('2025-01-28', 0, '春节'),
('2025-01-29', 0, '春节'),
('2025-01-30', 0, '春节'),
('2025-01-31', 0, '春节'),
('2025-02-01', 0, '春节'),
('2025-02-02', 0, '春节'),
('2025-02-03', 0, '春节'),
('2025-02-04', 0, '春节'),
('2025-02-08', 1, '春节调休上班'),
('2025-04-04', 0, '清明节'),
('2025-04-05', 0, '清明节'),
('2025-04-06', 0, '清明节'),
('2025-04-27', 1, '劳动节调休上班'),
('2025-05-01', 0, '劳动节'),
('2025-05-02', 0, '劳动节'),
('2025-05-03', 0, '劳动节'),
('2025-05-04', 0, '劳动节'),
('2025-05-05', 0, '劳动节'),
('2025-05-31', 0, '端午节'),
('2025-06-01', 0, '端午节'),
('2025-06-02', 0, '端午节'),
('2025-09-28', 1, '国庆节调休上班'),
('2025-10-01', 0, '国庆节、中秋节'),
('2025-10-02', 0, '国庆节、中秋节'),
('2025-10-03', 0, '国庆节、中秋节'),
('2025-10-04', 0, '国庆节、中秋节'),
('2025-10-05', 0, '国庆节、中秋节'),
('2025-10-06', 0, '国庆节、中秋节'),
('2025-10-07', 0, '国庆节、中秋节'),
('2025-10-08', 0, '国庆节、中秋节'),
('2025-10-11', 1, '国庆节调休上班'),
('2026-01-01', 0, '元旦'),
('2026-01-02', 0, '元旦'),
('2026-01-03', 0, '元旦'),
('2026-01-04', 1, '元旦调休上班'),
('2026-02-14', 1, '春节调休上班'),
('2026-02-15', 0, '春节'),
('2026-02-16', 0, '春节'),
('2026-02-17', 0, '春节'),
('2026-02-18', 0, '春节'),
('2026-02-19', 0, '春节'),
('2026-02-20', 0, '春节'),
('2026-02-21', 0, '春节'),
('2026-02-22', 0, '春节'),
('2026-02-23', 0, '春节'),
('2026-02-28', 1, '春节调休上班'),
('2026-04-04', 0, '清明节'),
('2026-04-05', 0, '清明节'),
('2026-04-06', 0, '清明节'),
('2026-05-01', 0, '劳动节'),
('2026-05-02', 0, '劳动节'),
('2026-05-03', 0, '劳动节'),
('2026-05-04', 0, '劳动节'),
('2026-05-05', 0, '劳动节'),
('2026-05-09', 1, '劳动节调休上班'),
('2026-06-19', 0, '端午节'),
('2026-06-20', 0, '端午节'),
('2026-06-21', 0, '端午节'),
('2026-09-20', 1, '国庆节调休上班'),
('2026-09-25', 0, '中秋节'),
('2026-09-26', 0, '中秋节'),
('2026-09-27', 0, '中秋节'),
('2026-10-01', 0, '国庆节'),
('2026-10-02', 0, '国庆节'),
('2026-10-03', 0, '国庆节'),
('2026-10-04', 0, '国庆节'),
('2026-10-05', 0, '国庆节'),
('2026-10-06', 0, '国庆节'),
('2026-10-07', 0, '国庆节'),
('2026-10-10', 1, '国庆节调休上班');
