-- Per person: how many things they own and their mentor's first name.
-- The mentor comes from an outer join: "mentorFirst?" makes it optional.
SELECT p.id, p.first, count(t.id) AS things, m.first AS "mentorFirst?"
FROM "Person" p
LEFT JOIN things t ON t."ownerId" = p.id
LEFT JOIN "Person" m ON m.id = p."mentorId"
WHERE p.id = ANY($1)
GROUP BY p.id, m.first
ORDER BY p.id
