-- Things at one stage, with most column types the client maps.
-- @param $1:stage the stage (a C enum, sent by its database name)
-- @param {Int} $2:minDefault
SELECT id, "default", "int", ratio, price, flag, created_at AS at, changed, blob, meta, tags, scores,
       stage, stages
FROM things
WHERE stage = $1 AND "default" >= $2
ORDER BY sortable
