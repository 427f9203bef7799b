-- Floor of the compliance matrix: the facts the engine reads, by hand, organizations first through the path range.
-- Parameters: @p subtree path, @e = @p || '~', @from first day loaded, @to last day.
SELECT o.id, o.level, o.sector FROM organizations o
WHERE o.path >= @p AND o.path < @e AND o.is_active ORDER BY o.path;

SELECT m.organization_id, count(*) FROM organizations o JOIN members m ON m.organization_id = o.id
WHERE o.path >= @p AND o.path < @e AND m.status = 'Full' GROUP BY m.organization_id;

SELECT m.id, m.organization_id, m.kind, m.held_on, m.entered_at_utc, m.includes_democratic_appraisal, m.entered_by_proxy
FROM organizations o JOIN meetings m ON m.organization_id = o.id
WHERE o.path >= @p AND o.path < @e AND m.held_on >= @from AND m.held_on <= @to;

SELECT a.meeting_id, count(*),
  sum(CASE WHEN a.status = 'Present' THEN 1 ELSE 0 END),
  sum(CASE WHEN a.is_mobile THEN 1 ELSE 0 END), sum(CASE WHEN a.is_mobile AND a.status = 'Present' THEN 1 ELSE 0 END),
  sum(CASE WHEN a.no_smartphone THEN 1 ELSE 0 END), sum(CASE WHEN a.no_smartphone AND a.status = 'Present' THEN 1 ELSE 0 END)
FROM organizations o JOIN meetings m ON m.organization_id = o.id JOIN meeting_attendances a ON a.meeting_id = m.id
WHERE o.path >= @p AND o.path < @e AND m.held_on >= @from AND m.held_on <= @to
  AND a.held_on >= @from AND a.held_on <= @to
GROUP BY a.meeting_id;
