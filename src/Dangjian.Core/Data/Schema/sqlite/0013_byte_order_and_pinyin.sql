-- 0013 ordering independent of locale: SQLite compares text with BINARY (byte order of UTF-8, i.e. code-point order)
-- unless a column says otherwise, and none does, so paths and pinyin keys need no change here (PostgreSQL's script
-- sets COLLATE "C"). Pinyin keys are emptied so that start-up refills them from the full CJK table (MemberPinyinBackfill).
UPDATE "members" SET "name_pinyin" = '', "name_initials" = '';
