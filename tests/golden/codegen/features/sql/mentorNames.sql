-- Wrong on purpose: "mentor" is read from a NOT NULL column through an
-- outer join, so a person without a mentor makes the call fail.
SELECT p.first, m.first AS mentor
FROM "Person" p LEFT JOIN "Person" m ON m.id = p."mentorId"
ORDER BY p.id
