/*
 * validations.c: placeholder until the validation rules land. For now it
 * runs only the datasource checks of config.h, which Prisma runs right
 * after the composite type rules and before the model rules.
 */
#include "config.h"
#include "schema.h"

void psl_run_validations(struct psl_schema *s)
{
	const struct psl_datasource *ds = psl_config_datasource(s->config);
	if (ds)
		psl_datasource_validate(ds, psl_config_preview_features(s->config), &s->src);
}
