-- Every parameter type back as a column (expressions: all optional).
SELECT $1::text AS text, $2::bytea AS bytes, $3::timestamptz AS at, $4::uuid AS id,
       $5::numeric AS num, $6::jsonb AS doc, $7::bool AS yes, $8::float8 AS ratio,
       $9::int8 AS big, $10::int2 AS small, $11::text[] AS words, '??=' AS "q!"
