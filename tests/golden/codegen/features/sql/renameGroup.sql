-- @param $1:name? the new name; NULL appends '!' to the old one
-- @param $2:id
UPDATE "Group" SET name = COALESCE($1, name || '!') WHERE id = $2
