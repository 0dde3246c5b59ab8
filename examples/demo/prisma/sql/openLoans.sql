-- Members with at least `atLeast` books out, busiest first.
-- @param {Int} $1:atLeast
SELECT m.id, m.email, m.name, count(l.id) AS "open!"
FROM members m
JOIN loans l ON l.member_id = m.id AND NOT l.returned
GROUP BY m.id
HAVING count(l.id) >= $1
ORDER BY count(l.id) DESC, m.id
