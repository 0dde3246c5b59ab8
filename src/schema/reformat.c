/*
 * reformat.c: Prisma's schema-aware formatter (psl-core's reformat.rs).
 * When every file parses and the parser database reports nothing, the
 * "missing bits" of inline relations are inserted as text first:
 *   - the back-relation field on the referenced model (`posts Post[]`),
 *   - the forward relation field with its @relation(fields, references),
 *   - the referencing scalar fields (`authorId Int`),
 *   - @relation(fields: [...], references: [...]) on a bare forward field,
 *   - fields: / references: missing from an existing @relation(...).
 * Then each file goes through the layout pass (psl/format.h), which puts
 * the inserted text in its place.
 *
 * Field names come from model names the way Prisma's inflector (the cruet
 * crate) makes them: camelCase, pluralized for list fields.
 */
#include <stdlib.h>

#include "db.h"
#include "psl/format.h"
#include "reformat.h"
#include "util/utf8.h"

/* ---- the inflector (cruet's to_camel_case and to_plural) --------------------- */

/*
 * Character classes of Rust's char methods. ASCII is exact; beyond it only
 * letters are known (Prisma identifiers are letters, digits and `_`), and
 * case is treated as unknown.
 */
static bool ch_alnum(uint32_t c)
{
	if (c < 0x80)
		return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	return unicode_is_letter(c);
}

static bool ch_lower(uint32_t c)
{
	return c >= 'a' && c <= 'z';
}

static bool ch_upper(uint32_t c)
{
	return c >= 'A' && c <= 'Z';
}

static void add_cp(struct strbuf *out, uint32_t c)
{
	char buf[4];
	size_t n;
	if (c < 0x80) {
		buf[0] = (char)c;
		n = 1;
	} else if (c < 0x800) {
		buf[0] = (char)(0xC0 | (c >> 6));
		buf[1] = (char)(0x80 | (c & 0x3F));
		n = 2;
	} else if (c < 0x10000) {
		buf[0] = (char)(0xE0 | (c >> 12));
		buf[1] = (char)(0x80 | ((c >> 6) & 0x3F));
		buf[2] = (char)(0x80 | (c & 0x3F));
		n = 3;
	} else {
		buf[0] = (char)(0xF0 | (c >> 18));
		buf[1] = (char)(0x80 | ((c >> 12) & 0x3F));
		buf[2] = (char)(0x80 | ((c >> 6) & 0x3F));
		buf[3] = (char)(0x80 | (c & 0x3F));
		n = 4;
	}
	strbuf_add(out, buf, n);
}

/*
 * cruet's to_case_camel_like with to_camel_case's options. Note that
 * `last` only moves on characters that do not start a word, so "myHTTP"
 * stays "myHTTP" while "HTTPServer" becomes "httpserver".
 */
static void to_camel_case(struct strbuf *out, const char *s)
{
	size_t n = strlen(s), i = 0;
	uint32_t last = ' ';
	bool new_word = false, found = false;
	/* trim_right: trailing non-alphanumerics go */
	{
		size_t end = 0;
		for (size_t k = 0; k < n;) {
			uint32_t c;
			size_t len = utf8_decode(s + k, n - k, &c);
			if (!len) {
				c = (unsigned char)s[k];
				len = 1;
			}
			k += len;
			if (ch_alnum(c))
				end = k;
		}
		n = end;
	}
	while (i < n) {
		uint32_t c;
		size_t len = utf8_decode(s + i, n - i, &c);
		if (!len) {
			c = (unsigned char)s[i];
			len = 1;
		}
		i += len;
		if (!ch_alnum(c) && found) {
			new_word = true;
		} else if (!found && !ch_alnum(c)) {
			continue;
		} else if (c >= '0' && c <= '9') {
			found = true;
			new_word = true;
			add_cp(out, c);
		} else if (new_word || (ch_lower(last) && ch_upper(c))) {
			found = true;
			new_word = false;
			add_cp(out, ch_lower(c) ? c - 32 : c);
		} else {
			found = true;
			last = c;
			add_cp(out, ch_upper(c) ? c + 32 : c);
		}
	}
}

static const char *const uncountable[] = {
	"accommodation", "adulthood", "advertising", "advice", "aggression", "aid", "air", "aircraft", "alcohol",
	"anger", "applause", "arithmetic", "assistance", "athletics", "bacon", "baggage", "beef", "biology",
	"blood", "botany", "bread", "butter", "carbon", "cardboard", "cash", "chalk", "chaos", "chess",
	"crossroads", "countryside", "dancing", "deer", "dignity", "dirt", "dust", "economics", "education",
	"electricity", "engineering", "enjoyment", "envy", "equipment", "ethics", "evidence", "evolution", "fame",
	"fiction", "flour", "flu", "food", "fuel", "fun", "furniture", "gallows", "garbage", "garlic", "genetics",
	"gold", "golf", "gossip", "grammar", "gratitude", "grief", "guilt", "gymnastics", "happiness", "hardware",
	"harm", "hate", "hatred", "health", "heat", "help", "homework", "honesty", "honey", "hospitality",
	"housework", "humour", "hunger", "hydrogen", "ice", "importance", "inflation", "information", "innocence",
	"iron", "irony", "jam", "jewelry", "judo", "karate", "knowledge", "lack", "laughter", "lava", "leather",
	"leisure", "lightning", "linguine", "linguini", "linguistics", "literature", "litter", "livestock",
	"logic", "loneliness", "luck", "luggage", "macaroni", "machinery", "magic", "management", "mankind",
	"marble", "mathematics", "mayonnaise", "measles", "methane", "milk", "money", "mud", "music", "mumps",
	"nature", "news", "nitrogen", "nonsense", "nurture", "nutrition", "obedience", "obesity", "oxygen",
	"pasta", "patience", "physics", "poetry", "pollution", "poverty", "pride", "psychology", "publicity",
	"punctuation", "quartz", "racism", "relaxation", "reliability", "research", "respect", "revenge", "rice",
	"rubbish", "rum", "safety", "scenery", "seafood", "seaside", "series", "shame", "sheep", "shopping",
	"sleep", "smoke", "smoking", "snow", "soap", "software", "soil", "spaghetti", "species", "steam", "stuff",
	"stupidity", "sunshine", "symmetry", "tennis", "thirst", "thunder", "timber", "traffic", "transportation",
	"trust", "underwear", "unemployment", "unity", "validity", "veal", "vegetation", "vegetarianism",
	"vengeance", "violence", "vitality", "warmth", "wealth", "weather", "welfare", "wheat", "wildlife",
	"wisdom", "yoga", "zinc", "zoology",
};

static bool ends(const char *s, size_t n, const char *suffix)
{
	size_t k = strlen(suffix);
	return n >= k && !memcmp(s + n - k, suffix, k);
}

/* The byte before the last k bytes exists and is none of `set` (a one-char negated class). */
static bool before_not(const char *s, size_t n, size_t k, const char *set)
{
	return n > k && !strchr(set, s[n - k - 1]);
}

/* s ends with one of the words in `alts` (NULL-terminated) followed by `tail`. */
static bool ends_alt(const char *s, size_t n, const char *const *alts, const char *tail)
{
	size_t t = strlen(tail);
	if (n < t || memcmp(s + n - t, tail, t))
		return false;
	for (size_t i = 0; alts[i]; i++)
		if (ends(s, n - t, alts[i]))
			return true;
	return false;
}

/*
 * One pluralization rule: returns the length of the kept prefix (the
 * regex's first group) or -1, and sets *rep. The rules are cruet's regexes
 * (see the comments), tried last to first. Every character of a camelCased
 * name is a word character, so each regex matches from the start and only
 * its tail decides.
 */
static long plural_rule(int rule, const char *s, size_t n, const char **rep)
{
	static const char *const r7[] = {"alumn", "syllab", "octop", "vir", "radi", "nucle", "fung", "cact",
					 "stimul", "termin", "bacill", "foc", "uter", "loc", "strat", NULL};
	static const char *const r8[] = {"alumn", "alg", "vertebr", NULL};
	static const char *const r9[] = {"seraph", "cherub", NULL};
	static const char *const r10[] = {"her", "at", "gr", NULL};
	static const char *const r11[] = {"agend", "addend", "millenni", "dat", "extrem", "bacteri", "desiderat",
					  "strat", "candelabr", "errat", "ov", "symposi", "curricul", "automat",
					  "quor", NULL};
	static const char *const r12[] = {"apheli", "hyperbat", "periheli", "asyndet", "noumen", "phenomen",
					  "criteri", "organ", "prolegomen", "hedr", "automat", NULL};
	static const char *const r14[] = {"kni", "wi", "li", NULL};
	static const char *const r15[] = {"ar", "l", "ea", "eo", "oa", "hoo", NULL};
	static const char *const r18[] = {"x", "ch", "ss", "sh", "zz", NULL};
	static const char *const r20[] = {"matr", "cod", "mur", "sil", "vert", "ind", "append", NULL};
	static const char *const r21[] = {"m", "l", NULL};
	static const char *const pe[] = {"pe", NULL};
	static const char *const child[] = {"child", NULL};
	switch (rule) {
	case 1: /* (\w*)s$ -> s */
		*rep = "s";
		return ends(s, n, "s") ? (long)n - 1 : -1;
	case 2: /* (\w*([^aeiou]ese))$ */
		*rep = "";
		return ends(s, n, "ese") && before_not(s, n, 3, "aeiou") ? (long)n : -1;
	case 3: /* (\w*(ax|test))is$ -> es */
		*rep = "es";
		return ends(s, n, "axis") || ends(s, n, "testis") ? (long)n - 2 : -1;
	case 4: /* (\w*(alias|[^aou]us|tlas|gas|ris))$ -> es */
		*rep = "es";
		return ends(s, n, "alias") || (ends(s, n, "us") && before_not(s, n, 2, "aou")) || ends(s, n, "tlas") ||
				       ends(s, n, "gas") || ends(s, n, "ris")
			       ? (long)n
			       : -1;
	case 5: /* (\w*(e[mn]u))s?$ -> s */
		*rep = "s";
		if (ends(s, n, "emus") || ends(s, n, "enus"))
			return (long)n - 1;
		return ends(s, n, "emu") || ends(s, n, "enu") ? (long)n : -1;
	case 6: /* (\w*([^l]ias|[aeiou]las|[emjzr]as|[iu]am))$ */
		*rep = "";
		if ((ends(s, n, "ias") && before_not(s, n, 3, "l")) ||
		    (ends(s, n, "las") && n > 3 && strchr("aeiou", s[n - 4])) ||
		    (ends(s, n, "as") && n > 2 && strchr("emjzr", s[n - 3])) ||
		    (ends(s, n, "am") && n > 2 && strchr("iu", s[n - 3])))
			return (long)n;
		return -1;
	case 7: /* (\w*(alumn|...|strat))(?:us|i)$ -> i */
		*rep = "i";
		if (ends_alt(s, n, r7, "us"))
			return (long)n - 2;
		return ends_alt(s, n, r7, "i") ? (long)n - 1 : -1;
	case 8: /* (\w*(alumn|alg|vertebr))(?:a|ae)$ -> ae */
		*rep = "ae";
		if (ends_alt(s, n, r8, "a"))
			return (long)n - 1;
		return ends_alt(s, n, r8, "ae") ? (long)n - 2 : -1;
	case 9: /* (\w*(seraph|cherub))(?:im)?$ -> im */
		*rep = "im";
		if (ends_alt(s, n, r9, "im"))
			return (long)n - 2;
		return ends_alt(s, n, r9, "") ? (long)n : -1;
	case 10: /* (\w*(her|at|gr))o$ -> oes */
		*rep = "oes";
		return ends_alt(s, n, r10, "o") ? (long)n - 1 : -1;
	case 11: /* (\w*(agend|...|quor))(?:a|um)$ -> a */
		*rep = "a";
		if (ends_alt(s, n, r11, "a"))
			return (long)n - 1;
		return ends_alt(s, n, r11, "um") ? (long)n - 2 : -1;
	case 12: /* (\w*(apheli|...|automat))(?:a|on)$ -> a */
		*rep = "a";
		if (ends_alt(s, n, r12, "a"))
			return (long)n - 1;
		return ends_alt(s, n, r12, "on") ? (long)n - 2 : -1;
	case 13: /* (\w*)sis$ -> ses */
		*rep = "ses";
		return ends(s, n, "sis") ? (long)n - 3 : -1;
	case 14: /* (\w*(kni|wi|li))fe$ -> ves */
		*rep = "ves";
		return ends_alt(s, n, r14, "fe") ? (long)n - 2 : -1;
	case 15: /* (\w*(ar|l|ea|eo|oa|hoo))f$ -> ves */
		*rep = "ves";
		return ends_alt(s, n, r15, "f") ? (long)n - 1 : -1;
	case 16: /* (\w*([^aeiouy]|qu))y$ -> ies */
		*rep = "ies";
		return ends(s, n, "y") && (before_not(s, n, 1, "aeiouy") || ends(s, n, "quy")) ? (long)n - 1 : -1;
	case 17: /* (\w*([^ch][ieo][ln]))ey$ -> ies */
		*rep = "ies";
		return ends(s, n, "ey") && n >= 5 && strchr("ln", s[n - 3]) && strchr("ieo", s[n - 4]) &&
				       !strchr("ch", s[n - 5])
			       ? (long)n - 2
			       : -1;
	case 18: /* (\w*(x|ch|ss|sh|zz)es)$ */
		*rep = "";
		return ends_alt(s, n, r18, "es") ? (long)n : -1;
	case 19: /* (\w*(x|ch|ss|sh|zz))$ -> es */
		*rep = "es";
		return ends_alt(s, n, r18, "") ? (long)n : -1;
	case 20: /* (\w*(matr|cod|mur|sil|vert|ind|append))(?:ix|ex)$ -> ices */
		*rep = "ices";
		return ends_alt(s, n, r20, "ix") || ends_alt(s, n, r20, "ex") ? (long)n - 2 : -1;
	case 21: /* (\w*(m|l))(?:ice|ouse)$ -> ice */
		*rep = "ice";
		if (ends_alt(s, n, r21, "ice"))
			return (long)n - 3;
		return ends_alt(s, n, r21, "ouse") ? (long)n - 4 : -1;
	case 22: /* (\w*(pe))(?:rson|ople)$ -> ople */
		*rep = "ople";
		return ends_alt(s, n, pe, "rson") || ends_alt(s, n, pe, "ople") ? (long)n - 4 : -1;
	case 23: /* (\w*(child))(?:ren)?$ -> ren */
		*rep = "ren";
		if (ends_alt(s, n, child, "ren"))
			return (long)n - 3;
		return ends_alt(s, n, child, "") ? (long)n : -1;
	case 24: /* (\w*eaux)$ */
		*rep = "";
		return ends(s, n, "eaux") ? (long)n : -1;
	}
	return -1;
}

/* cruet's to_plural, appended to out. */
static void to_plural(struct strbuf *out, const char *s)
{
	static const char *const special[][2] = {
		{"ox", "oxen"},	  {"man", "men"},   {"woman", "women"}, {"die", "dice"},	 {"yes", "yeses"},
		{"foot", "feet"}, {"eave", "eaves"}, {"goose", "geese"}, {"tooth", "teeth"}, {"quiz", "quizzes"},
	};
	size_t n = strlen(s);
	for (size_t i = 0; i < ARRAY_SIZE(uncountable); i++)
		if (!strcmp(s, uncountable[i])) {
			strbuf_addstr(out, s);
			return;
		}
	for (size_t i = 0; i < ARRAY_SIZE(special); i++)
		if (!strcmp(s, special[i][0])) {
			strbuf_addstr(out, special[i][1]);
			return;
		}
	for (int rule = 24; rule >= 1; rule--) {
		const char *rep;
		long keep = plural_rule(rule, s, n, &rep);
		if (keep >= 0) {
			strbuf_add(out, s, (size_t)keep);
			strbuf_addstr(out, rep);
			return;
		}
	}
	strbuf_addstr(out, s);
	strbuf_addch(out, 's');
}

/* A relation field name for a model: camelCase, pluralized for lists. */
static void field_name_for(struct strbuf *out, const char *model, bool plural)
{
	if (!plural) {
		to_camel_case(out, model);
		return;
	}
	{
		struct strbuf camel = STRBUF_INIT;
		to_camel_case(&camel, model);
		to_plural(out, camel.buf);
		strbuf_release(&camel);
	}
}

/* reformat.rs's own camel_case / pascal_case: only the first character changes case. */
static void first_char_case(struct strbuf *out, const char *s, bool upper)
{
	if (!*s)
		return;
	if (upper && ch_lower((unsigned char)s[0]))
		strbuf_addch(out, s[0] - 32);
	else if (!upper && ch_upper((unsigned char)s[0]))
		strbuf_addch(out, s[0] + 32);
	else
		strbuf_addch(out, s[0]);
	strbuf_addstr(out, s + 1);
}

/* ---- missing bits ------------------------------------------------------------- */

struct bit {
	uint32_t file;
	size_t pos, seq;
	char *content;
};

struct ctx {
	struct psl_schema *s;
	const struct psl_db *db;
	VEC(struct bit) bits;
	struct strbuf sb;
};

static void add_bit(struct ctx *c, uint32_t file, size_t pos, const struct strbuf *content)
{
	struct bit b = {file, pos, c->bits.len, xstrndup(content->buf, content->len)};
	vec_push(&c->bits, b);
}

/* An inferred referencing scalar field (InferredScalarField). */
struct inferred {
	struct strbuf name;
	enum psl_arity arity;
	struct psl_field_type type;
	uint32_t blueprint; /* the referenced scalar field */
};

struct inferred_list {
	struct inferred *items;
	size_t len;
};

static void inferred_release(struct inferred_list *l)
{
	for (size_t i = 0; i < l->len; i++)
		strbuf_release(&l->items[i].name);
	free(l->items);
	l->items = NULL;
	l->len = 0;
}

/* A scalar field of model m by name, or NONE. */
static uint32_t scalar_by_name(const struct psl_db *db, uint32_t m, const char *name)
{
	const struct psl_db_model *mo = psl_db_model(db, m);
	for (uint32_t sf = mo->scalar_start; sf < mo->scalar_start + mo->n_scalar; sf++)
		if (!strcmp(psl_db_sfield_name(db, sf), name))
			return sf;
	return PSL_DB_NONE;
}

/*
 * infer_missing_referencing_scalar_fields: one field per field of the
 * referenced model's first unique criteria, named <model><Field>.
 */
static void infer_fields(struct ctx *c, const struct psl_db_relation *r, struct inferred_list *out)
{
	const struct psl_db *db = c->db;
	struct psl_db_criteria cr;
	uint32_t fwd = psl_db_relation_forward_field(r);
	memset(out, 0, sizeof(*out));
	if (!psl_db_model_unique_criteria(db, r->model_b, 0, &cr))
		return;
	out->items = xcalloc(cr.n_fields + 1, sizeof(*out->items));
	for (size_t i = 0; i < cr.n_fields; i++) {
		struct inferred *f = &out->items[out->len];
		uint32_t existing;
		/* Composite paths cannot be referenced; Prisma would not get here with one. */
		if (cr.fields[i].n_path)
			continue;
		strbuf_init(&f->name, 0);
		first_char_case(&f->name, psl_db_model_name(db, r->model_b), false);
		first_char_case(&f->name, psl_db_sfield_name(db, cr.fields[i].root), true);
		f->blueprint = cr.fields[i].root;
		existing = scalar_by_name(db, r->model_a, f->name.buf);
		if (existing != PSL_DB_NONE) {
			f->arity = psl_db_sfield(db, existing)->ast->arity;
			f->type = psl_db_sfield(db, existing)->type;
		} else {
			f->arity = fwd != PSL_DB_NONE ? psl_db_rfield(db, fwd)->ast->arity : PSL_OPTIONAL;
			f->type = psl_db_sfield(db, f->blueprint)->type;
		}
		out->len++;
	}
}

static const char *arity_str(enum psl_arity a)
{
	return a == PSL_OPTIONAL ? "?" : a == PSL_LIST ? "[]" : "";
}

/* `fields: [a, b]` from the inferred fields. */
static void fields_argument(struct ctx *c, const struct psl_db_relation *r, struct strbuf *out)
{
	struct inferred_list l;
	infer_fields(c, r, &l);
	strbuf_addstr(out, "fields: [");
	for (size_t i = 0; i < l.len; i++)
		strbuf_addf(out, "%s%s", i ? ", " : "", l.items[i].name.buf);
	strbuf_addch(out, ']');
	inferred_release(&l);
}

/* `references: [id]` from the relation's referenced fields. */
static void references_argument(struct ctx *c, const struct psl_db_relation *r, struct strbuf *out)
{
	strbuf_addstr(out, "references: [");
	for (size_t i = 0; i < r->n_referenced_fields; i++)
		strbuf_addf(out, "%s%s", i ? ", " : "", psl_db_sfield_name(c->db, r->referenced_fields[i]));
	strbuf_addch(out, ']');
}

/* Right before the model's closing brace. */
static void model_end(const struct ctx *c, uint32_t m, uint32_t *file, size_t *pos)
{
	const struct psl_model *ast = psl_db_model(c->db, m)->ast;
	*file = ast->span.file;
	*pos = ast->span.end - 1;
}

static void missing_relation_fields(struct ctx *c, const struct psl_db_relation *r)
{
	const struct psl_db *db = c->db;
	uint32_t file;
	size_t pos;
	if (psl_db_relation_back_field(r) == PSL_DB_NONE) {
		const char *referencing = psl_db_model_name(db, r->model_a);
		bool one = r->kind == PSL_REL_ONE_TO_ONE;
		strbuf_reset(&c->sb);
		field_name_for(&c->sb, referencing, !one);
		strbuf_addf(&c->sb, " %s%s %s\n", referencing, one ? "?" : "[]",
			    psl_db_model(db, r->model_a)->is_ignored ? "@ignore" : "");
		model_end(c, r->model_b, &file, &pos);
		add_bit(c, file, pos, &c->sb);
	}
	if (psl_db_relation_forward_field(r) == PSL_DB_NONE) {
		const char *referenced = psl_db_model_name(db, r->model_b);
		/* forward_relation_field_arity without a forward field */
		enum psl_arity arity = PSL_REQUIRED;
		struct inferred_list l;
		infer_fields(c, r, &l);
		for (size_t i = 0; i < l.len; i++)
			if (l.items[i].arity == PSL_OPTIONAL)
				arity = PSL_OPTIONAL;
		inferred_release(&l);
		strbuf_reset(&c->sb);
		field_name_for(&c->sb, referenced, arity == PSL_LIST);
		strbuf_addf(&c->sb, " %s%s @relation(", referenced, arity_str(arity));
		fields_argument(c, r, &c->sb);
		strbuf_addstr(&c->sb, ", ");
		references_argument(c, r, &c->sb);
		strbuf_addstr(&c->sb, ")\n");
		model_end(c, r->model_a, &file, &pos);
		add_bit(c, file, pos, &c->sb);
	}
}

static void missing_scalar_fields(struct ctx *c, const struct psl_db_relation *r)
{
	const struct psl_db *db = c->db;
	uint32_t fwd = psl_db_relation_forward_field(r);
	struct inferred_list l;
	if (fwd != PSL_DB_NONE && psl_db_rfield(db, fwd)->has_fields)
		return;
	infer_fields(c, r, &l);
	for (size_t i = 0; i < l.len; i++) {
		const struct inferred *f = &l.items[i];
		const struct psl_db_scalar_field *bp = psl_db_sfield(db, f->blueprint);
		uint32_t file;
		size_t pos;
		if (scalar_by_name(db, r->model_a, f->name.buf) != PSL_DB_NONE)
			continue;
		/* Only built-in types are written; Prisma stops at the first other one. */
		if (f->type.kind != PSL_TYPE_BUILTIN)
			break;
		strbuf_reset(&c->sb);
		strbuf_addf(&c->sb, "%s %s%s ", f->name.buf, psl_scalar_type_name(f->type.scalar), arity_str(f->arity));
		if (bp->has_native_type) {
			const struct psl_source *src = &c->s->src.files.items[bp->native_type.span.file];
			strbuf_add(&c->sb, src->text + bp->native_type.span.start,
				   bp->native_type.span.end - bp->native_type.span.start);
		}
		strbuf_addch(&c->sb, '\n');
		model_end(c, r->model_a, &file, &pos);
		add_bit(c, file, pos, &c->sb);
	}
	inferred_release(&l);
}

/* A bare forward field gets the whole @relation(...), right after its type. */
static void missing_relation_attribute(struct ctx *c, const struct psl_db_relation *r)
{
	uint32_t fwd = psl_db_relation_forward_field(r);
	const struct psl_db_relation_field *f;
	const struct psl_source *src;
	size_t pos;
	if (fwd == PSL_DB_NONE)
		return;
	f = psl_db_rfield(c->db, fwd);
	if (f->relation_attr)
		return;
	strbuf_reset(&c->sb);
	strbuf_addstr(&c->sb, " @relation(");
	fields_argument(c, r, &c->sb);
	strbuf_addstr(&c->sb, ", ");
	references_argument(c, r, &c->sb);
	strbuf_addch(&c->sb, ')');
	/* after_type: past the `?`, `[]` or `!` that follow the type name */
	src = &c->s->src.files.items[f->ast->type.span.file];
	pos = f->ast->type.span.end;
	while (pos < src->len && strchr("[]?!", src->text[pos]) && src->text[pos])
		pos++;
	add_bit(c, f->ast->type.span.file, pos, &c->sb);
}

/* fields: / references: missing from an existing @relation(...). */
static void missing_relation_arguments(struct ctx *c, const struct psl_db_relation *r)
{
	uint32_t fwd = psl_db_relation_forward_field(r);
	const struct psl_db_relation_field *f;
	const struct psl_attr *attr;
	bool any = false;
	struct strbuf extra = STRBUF_INIT;
	if (fwd == PSL_DB_NONE)
		return;
	f = psl_db_rfield(c->db, fwd);
	attr = f->relation_attr;
	if (!attr)
		return;
	if (!f->has_fields) {
		fields_argument(c, r, &extra);
		any = true;
	}
	if (!f->has_references) {
		if (any)
			strbuf_addstr(&extra, ", ");
		references_argument(c, r, &extra);
	}
	strbuf_reset(&c->sb);
	if (!attr->args.args.len) {
		strbuf_addf(&c->sb, "(%s)", extra.buf);
		add_bit(c, attr->span.file, attr->span.end, &c->sb);
	} else if (extra.len || attr->args.has_trailing_comma || attr->args.empty.len) {
		/* before the closing parenthesis */
		strbuf_addf(&c->sb, ", %s", extra.buf);
		add_bit(c, attr->span.file, attr->span.end - 1, &c->sb);
	}
	/*
	 * Else Prisma inserts a bare ", " before the `)`: a trailing comma,
	 * which the layout pass drops, so the file is formatted as it is
	 * (and its CST from parsing serves the layout pass).
	 */
	strbuf_release(&extra);
}

static int bit_cmp(const void *a, const void *b)
{
	const struct bit *x = a, *y = b;
	if (x->file != y->file)
		return x->file < y->file ? -1 : 1;
	if (x->pos != y->pos)
		return x->pos < y->pos ? -1 : 1;
	return x->seq < y->seq ? -1 : (x->seq > y->seq);
}

static void collect(struct ctx *c)
{
	const struct psl_db *db = c->db;
	/* Prisma's passes, each over every relation: fields, attributes, arguments. */
	for (uint32_t i = 0; i < db->relations.len; i++) {
		const struct psl_db_relation *r = psl_db_relation(db, i);
		if (psl_db_relation_is_m2n(r))
			continue;
		missing_relation_fields(c, r);
		missing_scalar_fields(c, r);
	}
	for (uint32_t i = 0; i < db->relations.len; i++)
		if (!psl_db_relation_is_m2n(psl_db_relation(db, i)))
			missing_relation_attribute(c, psl_db_relation(db, i));
	for (uint32_t i = 0; i < db->relations.len; i++)
		if (!psl_db_relation_is_m2n(psl_db_relation(db, i)))
			missing_relation_arguments(c, psl_db_relation(db, i));
	if (c->bits.len)
		qsort(c->bits.items, c->bits.len, sizeof(*c->bits.items), bit_cmp);
}

/* ---- the formatter ------------------------------------------------------------------ */

int psl_reformat(struct psl_schema *s, int indent_width, struct strbuf *out)
{
	struct ctx c;
	struct strbuf enriched = STRBUF_INIT;
	size_t b = 0;
	int rc = 0;

	/*
	 * Prisma looks at the parser database alone (not the configuration or
	 * the validation rules): the schema's own parse and database serve,
	 * built now unless they were, and its errors up to the database are
	 * the ones that count. Parsed here, it keeps each file's CST for the
	 * layout pass.
	 */
	if (!s->parsed)
		s->keep_csts = true;
	psl_schema_build(s);

	memset(&c, 0, sizeof(c));
	c.s = s;
	c.db = s->db;
	strbuf_init(&c.sb, 0);
	if (!s->build_errors)
		collect(&c);

	for (uint32_t i = 0; i < s->src.files.len; i++) {
		const struct psl_source *f = &s->src.files.items[i];
		size_t last = 0;
		bool ok;
		if (b < c.bits.len && c.bits.items[b].file == i) {
			strbuf_reset(&enriched);
			for (; b < c.bits.len && c.bits.items[b].file == i; b++) {
				strbuf_add(&enriched, f->text + last, c.bits.items[b].pos - last);
				strbuf_addstr(&enriched, c.bits.items[b].content);
				last = c.bits.items[b].pos;
			}
			strbuf_add(&enriched, f->text + last, f->len - last);
			ok = psl_format_text(&out[i], enriched.buf, enriched.len, indent_width);
		} else if (i < s->csts.len) {
			ok = psl_format_cst(&out[i], &s->csts.items[i], indent_width);
		} else {
			ok = psl_format_text(&out[i], f->text, f->len, indent_width);
		}
		if (!ok)
			rc = -1;
	}

	for (size_t i = 0; i < c.bits.len; i++)
		free(c.bits.items[i].content);
	vec_free(&c.bits);
	strbuf_release(&c.sb);
	strbuf_release(&enriched);
	return rc;
}
