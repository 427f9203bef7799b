-- 0018 member state date: the day a member stopped (停止党籍) or died, entered with the change, so a past year's
-- change keeps its own date (issue #14, any past year entered completely). Derived from 'schema-script sqlite'.

ALTER TABLE "members" ADD "state_changed_on" TEXT NULL;
