/* config.c: placeholder until datasource/generator loading lands. */
#include "schema.h"

struct psl_configuration *psl_config_load(struct psl_schema *s)
{
	(void)s;
	return NULL;
}

void psl_config_free(struct psl_configuration *c)
{
	(void)c;
}
