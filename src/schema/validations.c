/* validations.c: placeholder until the validation rules land. */
#include "schema.h"

void psl_run_validations(struct psl_schema *s)
{
	(void)s;
}
