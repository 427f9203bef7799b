-- Floor of one township's duty report: every record family the default template reads, aggregated by hand in one
-- statement per family, organizations first through the path range. Parameters: @org township id, @p its path,
-- @e = @p || '~', @from / @to the year, @year, @loadfrom first day the compliance rules look back to.
SELECT m.kind, m.organization_id, m.speaker_user_id, m.speaker_name, count(*)
FROM organizations o JOIN meetings m ON m.organization_id = o.id
WHERE o.path >= @p AND o.path < @e AND m.held_on >= @from AND m.held_on <= @to
GROUP BY m.kind, m.organization_id, m.speaker_user_id, m.speaker_name;

SELECT count(*), sum(CASE WHEN a.status = 'Present' THEN 1 ELSE 0 END), count(DISTINCT CASE WHEN a.status = 'Present' THEN a.member_id END)
FROM organizations o JOIN meetings m ON m.organization_id = o.id JOIN meeting_attendances a ON a.meeting_id = m.id
WHERE o.path >= @p AND o.path < @e AND m.held_on >= @from AND m.held_on <= @to
  AND a.held_on >= @from AND a.held_on <= @to;

SELECT o.id, o.level, o.sector FROM organizations o
WHERE o.path >= @p AND o.path < @e AND o.is_active ORDER BY o.path;

SELECT m.organization_id, count(*) FROM organizations o JOIN members m ON m.organization_id = o.id
WHERE o.path >= @p AND o.path < @e AND m.status = 'Full' GROUP BY m.organization_id;

SELECT m.id, m.organization_id, m.kind, m.held_on, m.entered_at_utc, m.includes_democratic_appraisal, m.entered_by_proxy
FROM organizations o JOIN meetings m ON m.organization_id = o.id
WHERE o.path >= @p AND o.path < @e AND m.held_on >= @loadfrom AND m.held_on <= @to;

SELECT a.meeting_id, count(*),
  sum(CASE WHEN a.status = 'Present' THEN 1 ELSE 0 END),
  sum(CASE WHEN a.is_mobile THEN 1 ELSE 0 END), sum(CASE WHEN a.is_mobile AND a.status = 'Present' THEN 1 ELSE 0 END),
  sum(CASE WHEN a.no_smartphone THEN 1 ELSE 0 END), sum(CASE WHEN a.no_smartphone AND a.status = 'Present' THEN 1 ELSE 0 END)
FROM organizations o JOIN meetings m ON m.organization_id = o.id JOIN meeting_attendances a ON a.meeting_id = m.id
WHERE o.path >= @p AND o.path < @e AND m.held_on >= @loadfrom AND m.held_on <= @to
  AND a.held_on >= @loadfrom AND a.held_on <= @to
GROUP BY a.meeting_id;

SELECT sum(CASE WHEN m.joined_on >= @from AND m.joined_on <= @to THEN 1 ELSE 0 END),
  sum(CASE WHEN m.converted_on >= @from AND m.converted_on <= @to THEN 1 ELSE 0 END),
  sum(CASE WHEN m.status = 'Probationary' THEN 1 ELSE 0 END)
FROM organizations o JOIN members m ON m.organization_id = o.id
WHERE o.path >= @p AND o.path < @e AND m.state = 'Active';

SELECT t.organization_id, t.elected_on, c.party_post, c.village_post, count(*), sum(c.age_at_election), c.education_at_election
FROM organizations o JOIN election_terms t ON t.organization_id = o.id JOIN cadres c ON c.term_id = t.id
WHERE o.path >= @p AND o.path < @e AND t.elected_on <= @to
GROUP BY t.organization_id, t.elected_on, c.party_post, c.village_post, c.education_at_election;

SELECT w.category_id, count(*), sum(w.quantity), sum(w.participants)
FROM organizations o JOIN work_records w ON w.organization_id = o.id
WHERE o.path >= @p AND o.path < @e AND w.held_on >= @from AND w.held_on <= @to
GROUP BY w.category_id;

SELECT i.id, (SELECT count(*) FROM findings f WHERE f.inspection_id = i.id) FROM inspections i
WHERE i.organization_id = @org AND i.started_on >= @from AND i.started_on <= @to;

SELECT count(*) FROM bulletins b WHERE b.organization_id = @org AND b.issued_on >= @from AND b.issued_on <= @to;

SELECT t.target_kind, count(*), sum(t.people) FROM talks t
WHERE t.organization_id = @org AND t.held_on >= @from AND t.held_on <= @to GROUP BY t.target_kind;

SELECT count(*) FROM organizations o JOIN accountability_cases a ON a.organization_id = o.id
WHERE o.path >= @p AND o.path < @e AND a.decided_on >= @from AND a.decided_on <= @to;

SELECT r.status, r.raised_by_id = @org, r.raised_on >= @from AND r.raised_on <= @to, r.deadline < @to,
  r.signed_off_on <= r.deadline, count(*)
FROM organizations o JOIN rectification_items r ON r.organization_id = o.id
WHERE o.path >= @p AND o.path < @e
GROUP BY r.status, r.raised_by_id = @org, r.raised_on >= @from AND r.raised_on <= @to, r.deadline < @to, r.signed_off_on <= r.deadline;

SELECT count(*), sum(CASE WHEN c.due_on <= @to THEN 1 ELSE 0 END), sum(CASE WHEN c.fulfilled_on <= c.due_on THEN 1 ELSE 0 END)
FROM organizations o JOIN commitments c ON c.organization_id = o.id
WHERE o.path >= @p AND o.path < @e AND c.year = @year;

SELECT s.kind, count(*), sum(s.people) FROM organizations o JOIN service_records s ON s.organization_id = o.id
WHERE o.path >= @p AND o.path < @e AND s.held_on >= @from AND s.held_on <= @to GROUP BY s.kind;

SELECT s.step, count(*) FROM organizations o JOIN development_cases c ON c.organization_id = o.id JOIN development_steps s ON s.case_id = c.id
WHERE o.path >= @p AND o.path < @e AND s.completed_on >= @from AND s.completed_on <= @to GROUP BY s.step;

SELECT w.year, w.converted_on IS NULL, count(*) FROM organizations o JOIN weak_organizations w ON w.organization_id = o.id
WHERE o.path >= @p AND o.path < @e AND w.year <= @year GROUP BY w.year, w.converted_on IS NULL;

SELECT a.kind, count(*) FROM organizations o JOIN assignments a ON a.organization_id = o.id
WHERE o.path >= @p AND o.path < @e AND a.started_on >= @from AND a.started_on <= @to GROUP BY a.kind;

SELECT count(*) FROM organizations o JOIN contact_points c ON c.organization_id = o.id
JOIN weak_organizations w ON w.organization_id = c.organization_id
WHERE o.path >= @p AND o.path < @e AND c.started_on <= @to AND (c.ended_on IS NULL OR c.ended_on >= @from) AND w.year = @year;

SELECT p.status, count(*), sum(p.amount) FROM organizations o JOIN projects p ON p.organization_id = o.id
WHERE o.path >= @p AND o.path < @e AND p.started_on <= @to AND (p.completed_on IS NULL OR p.completed_on >= @from) GROUP BY p.status;

SELECT count(*), sum(CASE WHEN s.accepted THEN 1 ELSE 0 END), sum(CASE WHEN s.venue_meets_standard THEN 0 ELSE 1 END)
FROM organizations o JOIN standardization_checks s ON s.organization_id = o.id
WHERE o.path >= @p AND o.path < @e AND s.year = @year;

SELECT t.level, count(*) FROM organizations o JOIN demonstration_titles t ON t.organization_id = o.id
WHERE o.path >= @p AND o.path < @e AND t.year = @year GROUP BY t.level;

SELECT sum(CASE WHEN i.amount_wan >= 15 THEN 1 ELSE 0 END), sum(CASE WHEN i.amount_wan >= 10 AND i.amount_wan < 15 THEN 1 ELSE 0 END),
  sum(CASE WHEN i.amount_wan >= 5 AND i.amount_wan < 10 THEN 1 ELSE 0 END), sum(CASE WHEN i.amount_wan < 5 THEN 1 ELSE 0 END)
FROM organizations o JOIN collective_incomes i ON i.organization_id = o.id
WHERE o.path >= @p AND o.path < @e AND i.year = @year;

SELECT count(*), sum(CASE WHEN r.for_full_time_secretary THEN 1 ELSE 0 END) FROM organizations o JOIN reserve_cadres r ON r.organization_id = o.id
WHERE o.path >= @p AND o.path < @e AND r.added_on >= @from AND r.added_on <= @to;

SELECT r.result, count(*) FROM organizations o JOIN qualification_reviews r ON r.organization_id = o.id
WHERE o.path >= @p AND o.path < @e AND r.reviewed_on >= @from AND r.reviewed_on <= @to GROUP BY r.result;
