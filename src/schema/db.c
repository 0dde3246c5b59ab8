/* db.c: placeholder until the parser database lands. */
#include "schema.h"

struct psl_db *psl_db_build(struct psl_schema *s)
{
	(void)s;
	return NULL;
}

void psl_db_free(struct psl_db *db)
{
	(void)db;
}
