/*
 * Unit tests of the event rules: bodies with hand-made mentions and dates, run through
 * the trigger table in data/event_triggers.tsv.
 */
#include <stdlib.h>

#include "unit.h"
#include "unit_triggers.h"
#include "civil_date.h"
#include "event_rules.h"
#include "nn_alloc.h"

static NNTriggerSet *
triggers(void)
{
	return unit_shipped_triggers();
}

/* A body being assembled: sentences split at ". ", mentions and dates placed by text. */
typedef struct Case
{
	const char *body;
	NNSpan		sentences[32];
	int			nsentences;
	NNMention	mentions[32];
	int			nmentions;
	NNTimex		timexes[16];
	int			ntimexes;
	int32_t		anchor;
} Case;

static void
case_init(Case *c, const char *body, int32_t anchor)
{
	const char *p = body;

	memset(c, 0, sizeof(*c));
	c->body = body;
	c->anchor = anchor;
	while (*p)
	{
		const char *stop = strstr(p, ". ");

		while (stop && !(stop[2] >= 'A' && stop[2] <= 'Z'))
			stop = strstr(stop + 1, ". ");
		int32_t		end = stop ? (int32_t) (stop - body) + 1 : (int32_t) strlen(body);

		c->sentences[c->nsentences].start = (int32_t) (p - body);
		c->sentences[c->nsentences].end = end;
		c->nsentences++;
		p = body + end;
		while (*p == ' ')
			p++;
	}
}

/* The nth (from 0) occurrence of text in the body. */
static int32_t
find(const Case *c, const char *text, int nth)
{
	const char *p = c->body;

	for (;;)
	{
		p = strstr(p, text);
		if (p == NULL || nth-- == 0)
			break;
		p++;
	}
	if (p == NULL)
		unit_fail(__FILE__, __LINE__, "\"%s\" not in body", text);
	return p ? (int32_t) (p - c->body) : 0;
}

static void
mention(Case *c, const char *text, int nth, NNEntityKind kind, const char *name, int32_t id)
{
	NNMention  *m = &c->mentions[c->nmentions++];

	m->start = find(c, text, nth);
	m->end = m->start + (int32_t) strlen(text);
	m->kind = kind;
	m->name = name;
	m->entity_id = id;
	for (int s = 0; s < c->nsentences; s++)
		if (m->start >= c->sentences[s].start && m->start < c->sentences[s].end)
			m->sentence = s;
}

static void
timex(Case *c, const char *text, int nth, const char *value, int32_t from, int32_t to)
{
	NNTimex    *t = &c->timexes[c->ntimexes++];

	t->start = find(c, text, nth);
	t->end = t->start + (int32_t) strlen(text);
	t->type = NN_TIMEX_DATE;
	snprintf(t->value, sizeof(t->value), "%s", value);
	t->date_from = from;
	t->date_to = to;
}

static int
run(const Case *c, NNEvent **out)
{
	NNEventInput in = {c->body, (int32_t) strlen(c->body), c->sentences, c->nsentences,
		c->mentions, c->nmentions, c->timexes, c->ntimexes, c->anchor, false};

	return nn_events_find(triggers(), &in, out);
}

static bool
has_actor(const Case *c, const NNEvent *ev, const char *name)
{
	for (int k = 0; k < ev->nactors; k++)
		if (strcmp(c->mentions[ev->actors[k]].name, name) == 0)
			return true;
	return false;
}

#define D(y, m, d) nn_days_from_civil(y, m, d)

UNIT_TEST(events_trigger_table_loads)
{
	char		err[200] = "";
	NNTriggerSet *bad;

	CHECK(triggers() != NULL);
	CHECK(nn_triggers_count(triggers()) > 100);
	bad = nn_triggers_parse_tsv("visit\tVISIT\tvisit\n", 18, err, sizeof(err));
	CHECK(bad == NULL);
	CHECK(strstr(err, "not a PLOVER event type") != NULL);
	bad = nn_triggers_parse_tsv("... talks\tCONSULT\ttalks\n", 23, err, sizeof(err));
	CHECK(bad == NULL);
	bad = nn_triggers_parse_tsv("talks\tCONSULT\ttalks\tnoun,loud\n", 29, err, sizeof(err));
	CHECK(bad == NULL);
	CHECK(strstr(err, "unknown flag") != NULL);
}

UNIT_TEST(events_planned_visit_on_its_date)
{
	Case		c;
	NNEvent    *ev;
	int			n;

	case_init(&c, "NATO Secretary-General Jens Stoltenberg will pay an official visit to Turkey on Monday.",
			  D(2020, 10, 2));
	mention(&c, "NATO", 0, NN_KIND_ORG, "NATO", 1);
	mention(&c, "Jens Stoltenberg", 0, NN_KIND_PERSON, "Jens Stoltenberg", 2);
	mention(&c, "Turkey", 0, NN_KIND_COUNTRY, "Turkey", 3);
	timex(&c, "on Monday", 0, "2020-10-05", D(2020, 10, 5), D(2020, 10, 5));
	n = run(&c, &ev);
	CHECK_INT(n, 1);
	if (n != 1)
		return;
	CHECK_STR(ev[0].event_type, "CONSULT");
	CHECK_STR(ev[0].mode, "visit");
	CHECK_STR(nn_event_status_name(ev[0].status), "planned");
	CHECK_INT(ev[0].date_from, D(2020, 10, 5));
	CHECK_STR(ev[0].date_value, "2020-10-05");
	CHECK(has_actor(&c, &ev[0], "Jens Stoltenberg"));
	CHECK(has_actor(&c, &ev[0], "Turkey"));
	nn_free(ev);
}

/* A person welcomed to a place is a visit the welcomer hosts; a country or a decision is praise. */
UNIT_TEST(events_welcome_to_a_place_hosts_a_visit)
{
	static const struct
	{
		const char *body;
		const char *who;		/* the welcomed: a person, or a country */
		NNEntityKind kind;
		const char *where;		/* the place, or NULL */
		const char *type;
		const char *mode;
	}			cases[] = {
		{"Kyriakos Mitsotakis welcomed Recep Tayyip Erdogan to Athens on Monday.",
		 "Recep Tayyip Erdogan", NN_KIND_PERSON, "Athens", "CONSULT", "host"},
		{"Kyriakos Mitsotakis welcomed Recep Tayyip Erdogan in Athens on Monday.",
		 "Recep Tayyip Erdogan", NN_KIND_PERSON, "Athens", "CONSULT", "host"},
		{"Kyriakos Mitsotakis welcomed Finland to Athens on Monday.",
		 "Finland", NN_KIND_COUNTRY, "Athens", "SUPPORT", "praise"},
		{"Kyriakos Mitsotakis welcomed Recep Tayyip Erdogan's remarks in Athens on Monday.",
		 "Recep Tayyip Erdogan", NN_KIND_PERSON, "Athens", "SUPPORT", "praise"},
		{"Kyriakos Mitsotakis welcomed the decision to hold talks in Athens on Monday.",
		 NULL, NN_KIND_PERSON, "Athens", "SUPPORT", "praise"},
		{"Kyriakos Mitsotakis welcomed the steps taken by Recep Tayyip Erdogan in Athens on Monday.",
		 "Recep Tayyip Erdogan", NN_KIND_PERSON, "Athens", "SUPPORT", "praise"},
		{"Kyriakos Mitsotakis welcomed Recep Tayyip Erdogan to the Athens family on Monday.",
		 "Recep Tayyip Erdogan", NN_KIND_PERSON, "Athens", "SUPPORT", "praise"},
		{"Kyriakos Mitsotakis welcomed Prime Minister Recep Tayyip Erdogan to Athens on Monday.",
		 "Recep Tayyip Erdogan", NN_KIND_PERSON, "Athens", "CONSULT", "host"},
	};

	for (size_t k = 0; k < sizeof(cases) / sizeof(cases[0]); k++)
	{
		Case		c;
		NNEvent    *ev;
		int			n;

		case_init(&c, cases[k].body, D(2021, 3, 3));
		mention(&c, "Kyriakos Mitsotakis", 0, NN_KIND_PERSON, "Kyriakos Mitsotakis", 1);
		if (cases[k].who)
			mention(&c, cases[k].who, 0, cases[k].kind, cases[k].who, 2);
		if (cases[k].where)
			mention(&c, cases[k].where, 0, NN_KIND_PLACE, cases[k].where, 3);
		timex(&c, "on Monday", 0, "2021-03-01", D(2021, 3, 1), D(2021, 3, 1));
		n = run(&c, &ev);
		CHECK_INT(n, 1);
		if (n >= 1)
		{
			CHECK_STR(ev[0].event_type, cases[k].type);
			CHECK_STR(ev[0].mode, cases[k].mode);
			CHECK_INT(ev[0].date_from, D(2021, 3, 1));
		}
		nn_free(ev);
	}
}

UNIT_TEST(events_denial_is_not_the_agreement)
{
	Case		c;
	NNEvent    *ev;
	int			n;

	case_init(&c, "But an official in Greece quickly denied any such agreement, saying Turkey must first withdraw.",
			  D(2020, 9, 3));
	mention(&c, "Greece", 0, NN_KIND_COUNTRY, "Greece", 1);
	mention(&c, "Turkey", 0, NN_KIND_COUNTRY, "Turkey", 2);
	n = run(&c, &ev);
	CHECK_INT(n, 1);
	if (n != 1)
		return;
	CHECK_STR(ev[0].event_type, "REJECT");
	CHECK_STR(ev[0].mode, "denial");
	CHECK_STR(nn_event_status_name(ev[0].status), "occurred");
	CHECK_INT(ev[0].date_from, D(2020, 9, 3));		/* a speech act: the report time */
	CHECK(has_actor(&c, &ev[0], "Greece"));
	nn_free(ev);
}

UNIT_TEST(events_but_starts_a_new_predicate)
{
	Case		c;
	NNEvent    *ev;
	int			n;

	case_init(&c, "Hungary had threatened to veto the package but withdrew its objection on Thursday.",
			  D(2023, 2, 24));
	mention(&c, "Hungary", 0, NN_KIND_COUNTRY, "Hungary", 1);
	timex(&c, "Thursday", 0, "2023-02-23", D(2023, 2, 23), D(2023, 2, 23));
	n = run(&c, &ev);
	CHECK_INT(n, 2);
	if (n != 2)
		return;
	/* the threat has no date of its own: some time before the report, never Thursday */
	CHECK_STR(ev[0].event_type, "THREATEN");
	CHECK_STR(ev[0].date_value, "PAST_REF");
	CHECK_INT(ev[0].date_to, D(2023, 2, 24));
	CHECK_STR(ev[1].event_type, "RETREAT");
	CHECK_INT(ev[1].date_from, D(2023, 2, 23));
	CHECK(has_actor(&c, &ev[1], "Hungary"));
	nn_free(ev);
}

UNIT_TEST(events_noun_after_since_is_background)
{
	Case		c;
	NNEvent    *ev;
	int			n;

	case_init(&c, "Turkey will host envoys of Russia and Ukraine on Thursday, the first high-level talks between the two sides since the invasion began.",
			  D(2022, 3, 9));
	mention(&c, "Turkey", 0, NN_KIND_COUNTRY, "Turkey", 1);
	mention(&c, "Russia", 0, NN_KIND_COUNTRY, "Russia", 2);
	mention(&c, "Ukraine", 0, NN_KIND_COUNTRY, "Ukraine", 3);
	timex(&c, "Thursday", 0, "2022-03-10", D(2022, 3, 10), D(2022, 3, 10));
	n = run(&c, &ev);
	CHECK_INT(n, 1);
	if (n != 1)
		return;
	CHECK_STR(ev[0].event_type, "CONSULT");
	CHECK_STR(nn_event_status_name(ev[0].status), "planned");
	nn_free(ev);
}

UNIT_TEST(events_phone_call_and_negated_talks)
{
	Case		c;
	NNEvent    *ev;
	int			n;

	case_init(&c, "Angela Merkel and Recep Tayyip Erdogan spoke by phone on Thursday. "
			  "Merkel did not meet Erdogan on Friday.", D(2020, 9, 3));
	mention(&c, "Angela Merkel", 0, NN_KIND_PERSON, "Angela Merkel", 1);
	mention(&c, "Recep Tayyip Erdogan", 0, NN_KIND_PERSON, "Recep Tayyip Erdoğan", 2);
	mention(&c, "Merkel", 1, NN_KIND_PERSON, "Angela Merkel", 1);
	mention(&c, "Erdogan", 1, NN_KIND_PERSON, "Recep Tayyip Erdoğan", 2);
	timex(&c, "on Thursday", 0, "2020-09-03", D(2020, 9, 3), D(2020, 9, 3));
	timex(&c, "on Friday", 0, "2020-08-28", D(2020, 8, 28), D(2020, 8, 28));
	n = run(&c, &ev);
	CHECK_INT(n, 2);
	if (n != 2)
		return;
	CHECK_STR(ev[0].mode, "phone call");
	CHECK_INT(ev[0].nactors, 2);
	CHECK_STR(nn_event_status_name(ev[1].status), "denied");
	CHECK_INT(ev[1].date_from, D(2020, 8, 28));
	nn_free(ev);
}

UNIT_TEST(events_no_event_without_evidence)
{
	Case		c;
	NNEvent    *ev = NULL;

	/* a modal, an infinitive, a noun referring back, a bare noun with no date */
	case_init(&c, "Turkey says it can facilitate peace talks between Ukraine and Russia. "
			  "Ankara has offered to mediate between Kyiv and Moscow. "
			  "The talks were largely inconclusive with Russia. "
			  "Russia wants talks with Ukraine.", D(2022, 3, 21));
	mention(&c, "Turkey", 0, NN_KIND_COUNTRY, "Turkey", 1);
	mention(&c, "Ukraine", 0, NN_KIND_COUNTRY, "Ukraine", 2);
	mention(&c, "Russia", 0, NN_KIND_COUNTRY, "Russia", 3);
	mention(&c, "Ankara", 0, NN_KIND_PLACE, "Ankara", 4);
	mention(&c, "Russia", 1, NN_KIND_COUNTRY, "Russia", 3);
	mention(&c, "Russia", 2, NN_KIND_COUNTRY, "Russia", 3);
	mention(&c, "Ukraine", 1, NN_KIND_COUNTRY, "Ukraine", 2);
	CHECK_INT(run(&c, &ev), 0);
	CHECK(ev == NULL);
}

UNIT_TEST(events_one_noun_two_dates)
{
	Case		c;
	NNEvent    *ev;
	int			n;

	case_init(&c, "The talks are followed by a meeting of the NATO-Russia Council on Jan. 12 and the OSCE on Jan. 13.",
			  D(2022, 1, 5));
	mention(&c, "NATO-Russia Council", 0, NN_KIND_ORG, "NATO-Russia Council", 1);
	mention(&c, "OSCE", 0, NN_KIND_ORG, "OSCE", 2);
	timex(&c, "Jan. 12", 0, "2022-01-12", D(2022, 1, 12), D(2022, 1, 12));
	timex(&c, "Jan. 13", 0, "2022-01-13", D(2022, 1, 13), D(2022, 1, 13));
	n = run(&c, &ev);
	CHECK_INT(n, 2);
	if (n != 2)
		return;
	CHECK(has_actor(&c, &ev[0], "NATO-Russia Council") && !has_actor(&c, &ev[0], "OSCE"));
	CHECK(has_actor(&c, &ev[1], "OSCE") && !has_actor(&c, &ev[1], "NATO-Russia Council"));
	CHECK_STR(nn_event_status_name(ev[1].status), "planned");	/* after publication */
	CHECK_INT(ev[1].date_from, D(2022, 1, 13));
	nn_free(ev);
}

UNIT_TEST(events_repeated_mentions_merge)
{
	Case		c;
	NNEvent    *ev;
	int			n;

	case_init(&c, "Jens Stoltenberg will visit Turkey and Greece next week. "
			  "Stoltenberg will pay a visit to Turkey on Monday. "
			  "Stoltenberg will hold talks with Kyriakos Mitsotakis on Tuesday.", D(2020, 10, 2));
	mention(&c, "Jens Stoltenberg", 0, NN_KIND_PERSON, "Jens Stoltenberg", 1);
	mention(&c, "Turkey", 0, NN_KIND_COUNTRY, "Turkey", 2);
	mention(&c, "Greece", 0, NN_KIND_COUNTRY, "Greece", 3);
	mention(&c, "Stoltenberg", 1, NN_KIND_PERSON, "Jens Stoltenberg", 1);
	mention(&c, "Turkey", 1, NN_KIND_COUNTRY, "Turkey", 2);
	mention(&c, "Stoltenberg", 2, NN_KIND_PERSON, "Jens Stoltenberg", 1);
	mention(&c, "Kyriakos Mitsotakis", 0, NN_KIND_PERSON, "Kyriakos Mitsotakis", 4);
	timex(&c, "next week", 0, "2020-W41", D(2020, 10, 5), D(2020, 10, 11));
	timex(&c, "on Monday", 0, "2020-10-05", D(2020, 10, 5), D(2020, 10, 5));
	timex(&c, "on Tuesday", 0, "2020-10-06", D(2020, 10, 6), D(2020, 10, 6));
	n = run(&c, &ev);
	CHECK_INT(n, 2);
	if (n != 2)
		return;
	CHECK_INT(ev[0].date_from, D(2020, 10, 5));	/* the narrower date wins */
	CHECK_INT(ev[0].mentions, 2);
	CHECK_INT(ev[1].date_from, D(2020, 10, 6));
	CHECK_STR(ev[1].mode, "talks");
	nn_free(ev);
}

UNIT_TEST(events_date_rules)
{
	Case		c;
	NNEvent    *ev;
	int			n;

	/*
	 * lead dated by the next "said" sentence; a "since" date dates nothing; no borrowing:
	 * an undated event later in the body gets the time before the report
	 */
	case_init(&c, "Jens Stoltenberg praised Turkey's efforts. "
			  "Speaking late Sunday, Stoltenberg said Turkey helps. "
			  "Ukraine blamed Russia for its aggression since 2014. "
			  "Russia attacked Ukraine.", D(2022, 3, 21));
	mention(&c, "Jens Stoltenberg", 0, NN_KIND_PERSON, "Jens Stoltenberg", 1);
	mention(&c, "Turkey", 0, NN_KIND_COUNTRY, "Turkey", 2);
	mention(&c, "Stoltenberg", 1, NN_KIND_PERSON, "Jens Stoltenberg", 1);
	mention(&c, "Turkey", 1, NN_KIND_COUNTRY, "Turkey", 2);
	mention(&c, "Ukraine", 0, NN_KIND_COUNTRY, "Ukraine", 3);
	mention(&c, "Russia", 0, NN_KIND_COUNTRY, "Russia", 4);
	mention(&c, "Russia", 1, NN_KIND_COUNTRY, "Russia", 4);
	mention(&c, "Ukraine", 1, NN_KIND_COUNTRY, "Ukraine", 3);
	timex(&c, "late Sunday", 0, "2022-03-20", D(2022, 3, 20), D(2022, 3, 20));
	timex(&c, "2014", 0, "2014", D(2014, 1, 1), D(2014, 12, 31));
	n = run(&c, &ev);
	CHECK_INT(n, 3);
	if (n != 3)
		return;
	CHECK_STR(ev[0].event_type, "SUPPORT");
	CHECK_INT(ev[0].date_from, D(2022, 3, 20));
	CHECK_STR(ev[1].event_type, "ACCUSE");
	CHECK_INT(ev[1].date_from, D(2022, 3, 21));	/* speech act: report time, not 2014 */
	CHECK_STR(ev[2].event_type, "ASSAULT");
	CHECK_STR(ev[2].date_value, "PAST_REF");
	CHECK_INT(ev[2].date_from, D(2022, 3, 21) - 31);
	CHECK_INT(ev[2].date_to, D(2022, 3, 21));
	nn_free(ev);
}

UNIT_TEST(events_hostile_input)
{
	NNSpan		spans[3] = {{-5, 3}, {2, 1}, {0, 1 << 30}};
	NNMention	m = {5, 2, 0, 1, NN_KIND_PERSON, "X", false, false};
	NNTimex		t = {7, 3, NN_TIMEX_DATE, "x", 5, 1};
	NNEventInput in = {"talks talks", 11, spans, 3, &m, 1, &t, 1, 0, true};
	NNEvent    *ev = NULL;

	CHECK_INT(nn_events_find(triggers(), &in, &ev), 0);
	in.nsentences = 0;
	CHECK_INT(nn_events_find(triggers(), &in, &ev), 0);
	CHECK_INT(nn_events_find(NULL, &in, &ev), 0);
}

/* ------------------------------------------------------------ the failure classes of real news */

/* Every listed country name found in the body becomes a mention (ids by list order). */
static void
countries(Case *c, const char *const *names)
{
	for (int k = 0; names[k]; k++)
		for (const char *p = strstr(c->body, names[k]); p && c->nmentions < 32; p = strstr(p + 1, names[k]))
		{
			NNMention  *m = &c->mentions[c->nmentions++];

			m->start = (int32_t) (p - c->body);
			m->end = m->start + (int32_t) strlen(names[k]);
			m->kind = NN_KIND_COUNTRY;
			m->name = names[k];
			m->entity_id = 100 + k;
			for (int s = 0; s < c->nsentences; s++)
				if (m->start >= c->sentences[s].start && m->start < c->sentences[s].end)
					m->sentence = s;
		}
}

static const char *const nations[] = {
	"Norway", "Chile", "Peru", "Iceland", "Malta", "Ghana", "Togo", "Nepal", "Bhutan",
	"Latvia", "Estonia", "Oman", "Qatar", "Fiji", "Samoa", "Laos", "Cuba", "Haiti", NULL
};

/* The types of the events of one sentence, space separated, into buf. */
static const char *
types_of(const char *body, int32_t anchor, char *buf, size_t cap)
{
	Case		c;
	NNEvent    *ev = NULL;
	int			n;

	case_init(&c, body, anchor);
	countries(&c, nations);
	n = run(&c, &ev);
	buf[0] = '\0';
	for (int i = 0; i < n; i++)
		snprintf(buf + strlen(buf), cap - strlen(buf), "%s%s", i ? " " : "", ev[i].event_type);
	nn_free(ev);
	return buf;
}

/* Each sentence, written on Monday 2024-06-03, gives exactly the event types listed. */
static void
expect_types(const char *const cases[][2], size_t ncases)
{
	char		buf[256];

	for (size_t k = 0; k < ncases; k++)
	{
		const char *got = types_of(cases[k][0], nn_days_from_civil(2024, 6, 3), buf, sizeof(buf));

		if (strcmp(got, cases[k][1]) != 0)
			unit_fail(__FILE__, __LINE__, "\"%s\": got \"%s\", want \"%s\"", cases[k][0], got, cases[k][1]);
	}
}

UNIT_TEST(events_lexicon_families_and_inflections)
{
	static const char *const cases[][2] = {
		{"Norway arrested three Chilean sailors.", "COERCE"},
		{"Peru is detaining two fishermen from Chile.", "COERCE"},
		{"Iceland expelled a diplomat from Malta.", "SANCTION"},
		{"Ghana imposed a curfew in the border towns near Togo.", "COERCE"},
		{"Nepal donated vaccines to Bhutan.", "AID"},
		{"Latvia granted asylum to a dissident from Estonia.", "AID"},
		{"Oman urged Qatar to reopen the crossing.", "REQUEST"},
		{"Fiji demanded that Samoa pay for the damage.", "REQUEST"},
		{"Laos lifted the curfew it had imposed on the capital of Cuba.", "CONCEDE"},
		{"Haiti released twelve prisoners held by Cuba.", "CONCEDE"},
		{"Chile withdrew its battalion from Peru.", "RETREAT"},
		{"Norway condemned the shelling by Iceland.", "ACCUSE"},
		{"Malta lodged a formal protest with Ghana.", "ACCUSE"},
		{"Togo rejected the proposal of Nepal.", "REJECT"},
		{"Bhutan threatened to cut trade with Nepal.", "THREATEN"},
		{"Thousands of students demonstrated in Latvia.", "PROTEST"},
		{"Estonia deployed two frigates near Latvia.", "MOBILIZE"},
		{"Oman shot down a drone launched from Qatar.", "ASSAULT"},
		{"Fiji sank a patrol boat from Samoa.", "ASSAULT"},
		{"Laos praised the restraint shown by Cuba.", "SUPPORT"},
		{"Haiti and Cuba agreed to share intelligence.", "AGREE"},
		{"Peru hosted the Foreign Minister of Chile.", "CONSULT"},
	};
	expect_types(cases, sizeof(cases) / sizeof(cases[0]));
}

UNIT_TEST(events_adverbs_and_dates_inside_a_pattern)
{
	Case		c;
	NNEvent    *ev;
	int			n;

	case_init(&c, "Norway spoke today with Iceland. Chile threatened on Monday to expel envoys of Peru.",
			  D(2024, 6, 5));
	countries(&c, nations);
	timex(&c, "today", 0, "2024-06-05", D(2024, 6, 5), D(2024, 6, 5));
	timex(&c, "Monday", 0, "2024-06-03", D(2024, 6, 3), D(2024, 6, 3));
	n = run(&c, &ev);
	CHECK_INT(n, 2);
	if (n != 2)
		return;
	CHECK_STR(ev[0].event_type, "CONSULT");
	CHECK_INT(ev[0].date_from, D(2024, 6, 5));
	CHECK_STR(ev[1].event_type, "THREATEN");
	CHECK_INT(ev[1].date_from, D(2024, 6, 3));
	nn_free(ev);
}

UNIT_TEST(events_undated_get_the_reference_time)
{
	Case		c;
	NNEvent    *ev;
	int			n;

	/*
	 * lead in the past: the publication date; later, in the simple past: before it; a
	 * later state in the perfect or a relative clause: no date at all
	 */
	case_init(&c, "Norway had a telephone conversation with Iceland. "
			  "Earlier, Chile expelled a diplomat from Peru. Malta has long opposed tariffs on Ghana. "
			  "Togo, which invaded Nepal, stayed quiet.", D(2024, 6, 5));
	countries(&c, nations);
	n = run(&c, &ev);
	CHECK_INT(n, 2);
	if (n != 2)
		return;
	CHECK_STR(ev[0].event_type, "CONSULT");
	CHECK_STR(ev[0].date_value, "PRESENT_REF");
	CHECK_INT(ev[0].date_from, D(2024, 6, 5));
	CHECK_INT(ev[0].date_to, D(2024, 6, 5));
	CHECK_STR(ev[1].event_type, "SANCTION");
	CHECK_STR(ev[1].date_value, "PAST_REF");
	CHECK_INT(ev[1].date_to, D(2024, 6, 5));
	nn_free(ev);

	/* planned in the lead: some time after the report */
	case_init(&c, "Malta will send food to Ghana.", D(2024, 6, 5));
	countries(&c, nations);
	n = run(&c, &ev);
	CHECK_INT(n, 1);
	if (n != 1)
		return;
	CHECK_STR(ev[0].event_type, "AID");
	CHECK_STR(nn_event_status_name(ev[0].status), "planned");
	CHECK_STR(ev[0].date_value, "FUTURE_REF");
	CHECK_INT(ev[0].date_from, D(2024, 6, 5));
	nn_free(ev);

	/* announced further down ("I will announce"): still some time after the report */
	case_init(&c, "Norway met Iceland. Norway will send aid to Chile.", D(2024, 6, 5));
	countries(&c, nations);
	n = run(&c, &ev);
	CHECK_INT(n, 2);
	if (n != 2)
		return;
	CHECK_STR(ev[1].event_type, "AID");
	CHECK_STR(ev[1].date_value, "FUTURE_REF");
	nn_free(ev);
}

UNIT_TEST(events_coordinated_dates_are_separate_events)
{
	Case		c;
	NNEvent    *ev;
	int			n;

	case_init(&c, "The envoy of Norway visited Chile on Monday and Peru on Tuesday.", D(2024, 6, 5));
	countries(&c, nations);
	timex(&c, "Monday", 0, "2024-06-03", D(2024, 6, 3), D(2024, 6, 3));
	timex(&c, "Tuesday", 0, "2024-06-04", D(2024, 6, 4), D(2024, 6, 4));
	n = run(&c, &ev);
	CHECK_INT(n, 2);
	if (n != 2)
		return;
	CHECK_INT(ev[0].date_from, D(2024, 6, 3));
	CHECK(has_actor(&c, &ev[0], "Norway") && has_actor(&c, &ev[0], "Chile") && !has_actor(&c, &ev[0], "Peru"));
	CHECK_INT(ev[1].date_from, D(2024, 6, 4));
	CHECK(has_actor(&c, &ev[1], "Norway") && has_actor(&c, &ev[1], "Peru") && !has_actor(&c, &ev[1], "Chile"));
	nn_free(ev);
}

UNIT_TEST(events_negation_failure_and_conditions)
{
	static const char *const cases[][2] = {
		{"Norway and Iceland failed to reach an agreement on fishing quotas.", "REJECT"},
		{"Chile refused to meet the delegation from Peru.", "REJECT"},
		{"Malta cancelled a planned visit to Ghana.", "REJECT"},
		{"Togo suspended aid to Nepal.", "SANCTION"},
		{"Latvia withdrew from the fisheries treaty with Estonia.", "REJECT"},
		{"Oman will recall its envoy unless Qatar apologises.", "SANCTION"},
	};
	expect_types(cases, sizeof(cases) / sizeof(cases[0]));
}

UNIT_TEST(events_direction)
{
	Case		c;
	NNEvent    *ev;
	int			n;

	case_init(&c, "Estonia accused Latvia of spying. Fiji was attacked by Samoa. "
			  "Norway and Iceland signed a fishing agreement.", D(2024, 6, 5));
	countries(&c, nations);
	n = run(&c, &ev);
	CHECK_INT(n, 3);
	if (n != 3)
		return;
	CHECK_STR(ev[0].event_type, "ACCUSE");
	CHECK_INT(ev[0].nsource, 1);
	CHECK_STR(c.mentions[ev[0].actors[0]].name, "Estonia");
	CHECK_STR(c.mentions[ev[0].actors[1]].name, "Latvia");
	CHECK(!ev[0].reciprocal);
	CHECK_STR(ev[1].event_type, "ASSAULT");
	CHECK_INT(ev[1].nsource, 1);
	CHECK_STR(c.mentions[ev[1].actors[0]].name, "Samoa");	/* passive: "by" names who acted */
	CHECK_STR(c.mentions[ev[1].actors[1]].name, "Fiji");
	CHECK_STR(ev[2].event_type, "AGREE");
	CHECK(ev[2].reciprocal);
	CHECK_INT(ev[2].nactors, 2);
	nn_free(ev);

	/* the subject stands before an aside: "Norway, meanwhile, expelled ..." */
	case_init(&c, "Norway, meanwhile, expelled a diplomat from Chile.", D(2024, 6, 5));
	countries(&c, nations);
	n = run(&c, &ev);
	CHECK_INT(n, 1);
	if (n != 1)
		return;
	CHECK_STR(ev[0].event_type, "SANCTION");
	CHECK_INT(ev[0].nactors, 2);
	CHECK_INT(ev[0].nsource, 1);
	CHECK_STR(c.mentions[ev[0].actors[0]].name, "Norway");
	nn_free(ev);
}

UNIT_TEST(events_headline_infinitive_is_planned)
{
	Case		c;
	NNEvent    *ev;
	int			n;

	case_init(&c, "Norway to Expel Diplomats of Chile", D(2024, 6, 5));
	countries(&c, nations);
	n = run(&c, &ev);
	CHECK_INT(n, 1);
	if (n != 1)
		return;
	CHECK_STR(ev[0].event_type, "SANCTION");
	CHECK_STR(nn_event_status_name(ev[0].status), "planned");
	nn_free(ev);

	/* a lower-case subject is prose: "to" there is an infinitive under something else */
	case_init(&c, "The envoys of Norway to expel from Chile were named.", D(2024, 6, 5));
	countries(&c, nations);
	CHECK_INT(run(&c, &ev), 0);
}

UNIT_TEST(events_summit_host_is_the_place)
{
	Case		c;
	NNEvent    *ev;
	int			n;

	case_init(&c, "Norway and Iceland met at the Nordic Council summit on Monday.", D(2024, 6, 5));
	countries(&c, nations);
	mention(&c, "Nordic Council", 0, NN_KIND_ORG, "Nordic Council", 7);
	timex(&c, "Monday", 0, "2024-06-03", D(2024, 6, 3), D(2024, 6, 3));
	n = run(&c, &ev);
	CHECK_INT(n, 1);
	if (n != 1)
		return;
	CHECK_STR(ev[0].event_type, "CONSULT");
	CHECK_INT(ev[0].nactors, 2);
	CHECK(!has_actor(&c, &ev[0], "Nordic Council"));
	CHECK(ev[0].location >= 0 && strcmp(c.mentions[ev[0].location].name, "Nordic Council") == 0);
	nn_free(ev);
}

UNIT_TEST(events_readout_speech_takes_the_conversation_date)
{
	Case		c;
	NNEvent    *ev;
	int			n;

	/* published the day after the call: what was said is dated by the call */
	case_init(&c, "On Sunday, Norway had a telephone conversation with Iceland. "
			  "Norway warned against new quotas. Chile criticised Peru.", D(2024, 6, 3));
	countries(&c, nations);
	timex(&c, "On Sunday", 0, "2024-06-02", D(2024, 6, 2), D(2024, 6, 2));
	n = run(&c, &ev);
	CHECK_INT(n, 3);
	if (n != 3)
		return;
	CHECK_STR(ev[0].event_type, "CONSULT");
	CHECK_STR(ev[1].event_type, "THREATEN");
	CHECK_INT(ev[1].date_from, D(2024, 6, 2));
	CHECK_STR(ev[2].event_type, "ACCUSE");		/* no one of the call: the report time */
	CHECK_INT(ev[2].date_from, D(2024, 6, 3));
	nn_free(ev);
}

/* "He", "The President", "the two leaders": a subject naming no one acts through whom it means */
UNIT_TEST(events_subject_refers_back)
{
	Case		c;
	NNEvent    *ev;
	int			n;

	case_init(&c, "Anna Berg had a telephone conversation with Omar Said of Oman. "
			  "He criticised the new tariffs of Qatar. "
			  "The President urged Fiji to reopen the port. "
			  "The two agreed to meet again. "
			  "He suggested that a blockade would be a grave mistake.", D(2024, 6, 3));
	countries(&c, nations);
	mention(&c, "Anna Berg", 0, NN_KIND_PERSON, "Anna Berg", 1);
	mention(&c, "Omar Said", 0, NN_KIND_PERSON, "Omar Said", 2);
	n = run(&c, &ev);
	CHECK_INT(n, 5);
	if (n != 5)
		return;
	CHECK_STR(ev[1].event_type, "ACCUSE");
	CHECK(has_actor(&c, &ev[1], "Anna Berg"));	/* the person the last sentence opened with */
	CHECK_INT(ev[1].nsource, 1);
	CHECK_STR(ev[2].event_type, "REQUEST");
	CHECK(has_actor(&c, &ev[2], "Anna Berg"));	/* the lead's person */
	CHECK(has_actor(&c, &ev[2], "Fiji"));
	CHECK_STR(ev[3].event_type, "AGREE");		/* no one named: the sides of the call */
	CHECK(has_actor(&c, &ev[3], "Anna Berg") && has_actor(&c, &ev[3], "Omar Said"));
	CHECK_STR(ev[4].event_type, "THREATEN");	/* the speaker of the "that" clause */
	CHECK(has_actor(&c, &ev[4], "Anna Berg"));
	nn_free(ev);
}

/* "the meeting ... on November 26" names its event; "the 2018 summit", "the talks are followed by" do not */
UNIT_TEST(events_definite_noun_with_its_own_date)
{
	Case		c;
	NNEvent    *ev;
	int			n;

	case_init(&c, "Norway briefed Chile on the meeting of the leaders of Peru, Malta and Ghana in Lima "
			  "on May 26. Oman recalled the 2018 summit of Qatar.", D(2024, 6, 3));
	countries(&c, nations);
	timex(&c, "May 26", 0, "2024-05-26", D(2024, 5, 26), D(2024, 5, 26));
	timex(&c, "2018", 0, "2018", D(2018, 1, 1), D(2018, 12, 31));
	n = run(&c, &ev);
	CHECK_INT(n, 1);
	if (n != 1)
		return;
	CHECK_STR(ev[0].event_type, "CONSULT");
	CHECK_INT(ev[0].date_from, D(2024, 5, 26));
	CHECK(has_actor(&c, &ev[0], "Peru"));
	nn_free(ev);
}

/* "weapons that threaten Norway": a relative clause describes, it is not the news */
UNIT_TEST(events_relative_that_is_background)
{
	static const char *const cases[][2] = {
		{"Chile said the missiles that threaten Norway must go.", "REQUEST"},
		{"Chile said that Peru threatened Norway.", "THREATEN"},
	};
	expect_types(cases, sizeof(cases) / sizeof(cases[0]));
}

/* Readout phrasing without a classic verb: concern, warnings of consequences, domestic signing */
UNIT_TEST(events_readout_phrasing)
{
	static const char *const cases[][2] = {
		{"Norway expressed grave concern over the arrests in Chile.", "ACCUSE"},
		{"Peru voiced its concerns about the troop movements of Malta.", "ACCUSE"},
		{"Ghana expressed deep disappointment with the ruling of Togo.", "ACCUSE"},
		{"Nepal gave examples of repeated violations of the truce by Bhutan.", "ACCUSE"},
		{"Latvia said a blockade would be a grave mistake for Estonia.", "THREATEN"},
		{"Latvia suggested that this would be a grave error.", "THREATEN"},
		{"Oman said Qatar would face severe consequences.", "THREATEN"},
		{"The President of Fiji signed an executive order imposing restrictive measures on Samoa.", "SANCTION"},
		{"The President of Laos signed a decree on Cuba.", ""},
		{"Haiti and Cuba signed a trade agreement.", "AGREE"},
		{"The envoy of Norway will travel on to Chile.", "CONSULT"},
	};
	expect_types(cases, sizeof(cases) / sizeof(cases[0]));
}

/* "We, the leaders of X, ...": every later "we" of the statement is X */
UNIT_TEST(events_we_of_a_statement)
{
	Case		c;
	NNEvent    *ev;
	int			n;

	case_init(&c, "We, the leaders of the Pacific Forum, convened today with Fiji. "
			  "We condemn the shelling of Samoa. Our envoys will travel to Tonga.", D(2024, 6, 3));
	countries(&c, nations);
	mention(&c, "Pacific Forum", 0, NN_KIND_ORG, "Pacific Forum", 7);
	timex(&c, "today", 0, "2024-06-03", D(2024, 6, 3), D(2024, 6, 3));
	n = run(&c, &ev);
	CHECK_INT(n, 2);
	if (n != 2)
		return;
	CHECK_STR(ev[0].event_type, "CONSULT");
	CHECK(has_actor(&c, &ev[0], "Fiji") && has_actor(&c, &ev[0], "Pacific Forum"));
	CHECK_STR(ev[1].event_type, "ACCUSE");
	CHECK(has_actor(&c, &ev[1], "Pacific Forum"));
	CHECK_INT(ev[1].nsource, 1);
	nn_free(ev);

	/* "We are committed to": an adjective, not a passive whose subject was acted on */
	case_init(&c, "We, the leaders of the Pacific Forum, convened today with Fiji. "
			  "We are committed to supporting Samoa.", D(2024, 6, 3));
	countries(&c, nations);
	mention(&c, "Pacific Forum", 0, NN_KIND_ORG, "Pacific Forum", 7);
	timex(&c, "today", 0, "2024-06-03", D(2024, 6, 3), D(2024, 6, 3));
	n = run(&c, &ev);
	CHECK_INT(n, 2);
	if (n != 2)
		return;
	CHECK_STR(ev[1].event_type, "AGREE");
	CHECK(has_actor(&c, &ev[1], "Pacific Forum"));
	nn_free(ev);
}

/* "contracts through to 2036" bounds a state; "I must note" is no demand; "United" is no unit */
UNIT_TEST(events_false_friends)
{
	static const char *const cases[][2] = {
		{"Norway sent its proposals to Chile and the United States.", ""},
		{"I must note that Peru has done much for Chile.", ""},
		{"Peru must release the sailors of Chile, Norway said.", "REQUEST"},
		{"Norway sent artillery to help Chile defend itself against Peru.", "AID"},
		{"Norway defended the right of Chile to patrol its waters.", "SUPPORT"},
		{"Norway praised the trucks donated by Chile in May.", "SUPPORT"},
		{"Norway was backed by Chile.", "SUPPORT"},
		{"Farmers of Peru began a hunger strike outside the embassy of Chile.", "PROTEST"},
	};
	Case		c;
	NNEvent    *ev;
	int			n;

	expect_types(cases, sizeof(cases) / sizeof(cases[0]));
	case_init(&c, "Last year, Norway signed gas contracts with Chile through to 2036.", D(2024, 6, 3));
	countries(&c, nations);
	timex(&c, "Last year", 0, "2023", D(2023, 1, 1), D(2023, 12, 31));
	timex(&c, "2036", 0, "2036", D(2036, 1, 1), D(2036, 12, 31));
	n = run(&c, &ev);
	CHECK_INT(n, 1);
	if (n != 1)
		return;
	CHECK_INT(ev[0].date_from, D(2023, 1, 1));
	CHECK_INT(ev[0].status, NN_EVENT_OCCURRED);
	nn_free(ev);

	/* "sanctions that go far beyond 2014": the year dates nothing */
	case_init(&c, "Today, Norway imposed sanctions on Chile that go far beyond 2014.", D(2024, 6, 3));
	countries(&c, nations);
	timex(&c, "Today", 0, "2024-06-03", D(2024, 6, 3), D(2024, 6, 3));
	timex(&c, "2014", 0, "2014", D(2014, 1, 1), D(2014, 12, 31));
	n = run(&c, &ev);
	CHECK_INT(n, 1);
	if (n != 1)
		return;
	CHECK_INT(ev[0].date_from, D(2024, 6, 3));
	nn_free(ev);
}

/* A verb told in the past is not dated after the report by the date of what it is about */
UNIT_TEST(events_past_verb_keeps_the_report_date)
{
	Case		c;
	NNEvent    *ev;
	int			n;

	case_init(&c, "Norway welcomed the plan of Chile to cut emissions by 2060, Norway said.", D(2024, 6, 3));
	countries(&c, nations);
	timex(&c, "2060", 0, "2060", D(2060, 1, 1), D(2060, 12, 31));
	n = run(&c, &ev);
	CHECK_INT(n, 1);
	if (n != 1)
		return;
	CHECK_STR(ev[0].event_type, "SUPPORT");
	CHECK_INT(ev[0].date_from, D(2024, 6, 3));
	CHECK_STR(nn_event_status_name(ev[0].status), "occurred");
	nn_free(ev);

	/* "looked forward to further talks in July": the talks are planned */
	case_init(&c, "Norway and Chile looked forward to further talks in July.", D(2024, 6, 3));
	countries(&c, nations);
	timex(&c, "July", 0, "2024-07", D(2024, 7, 1), D(2024, 7, 31));
	n = run(&c, &ev);
	CHECK_INT(n, 1);
	if (n != 1)
		return;
	CHECK_STR(ev[0].event_type, "CONSULT");
	CHECK_STR(nn_event_status_name(ev[0].status), "planned");
	nn_free(ev);
}

/* Coordinated verbs share the subject; the first verb's object is no source of the second */
UNIT_TEST(events_coordinated_verbs_share_the_subject)
{
	Case		c;
	NNEvent    *ev;
	int			n;

	case_init(&c, "Norway condemned the raid on Chile and praised the restraint of Peru.", D(2024, 6, 3));
	countries(&c, nations);
	n = run(&c, &ev);
	CHECK_INT(n, 2);
	if (n != 2)
		return;
	CHECK_STR(ev[0].event_type, "ACCUSE");
	CHECK_STR(ev[1].event_type, "SUPPORT");
	CHECK_INT(ev[1].nsource, 1);
	CHECK_STR(c.mentions[ev[1].actors[0]].name, "Norway");
	CHECK(has_actor(&c, &ev[1], "Peru"));
	nn_free(ev);
}

/* A lead naming people lends its date to what those people said, not to their countries */
UNIT_TEST(events_readout_date_needs_a_shared_person)
{
	Case		c;
	NNEvent    *ev;
	int			n;

	case_init(&c, "On Sunday, Anna Berg of Norway met Omar Said of Oman. "
			  "Anna Berg warned against new quotas. Norway criticised the tariffs of Qatar.", D(2024, 6, 3));
	countries(&c, nations);
	mention(&c, "Anna Berg", 0, NN_KIND_PERSON, "Anna Berg", 1);
	mention(&c, "Omar Said", 0, NN_KIND_PERSON, "Omar Said", 2);
	mention(&c, "Anna Berg", 1, NN_KIND_PERSON, "Anna Berg", 1);
	timex(&c, "On Sunday", 0, "2024-06-02", D(2024, 6, 2), D(2024, 6, 2));
	n = run(&c, &ev);
	CHECK_INT(n, 3);
	if (n != 3)
		return;
	CHECK_STR(ev[1].event_type, "THREATEN");
	CHECK_INT(ev[1].date_from, D(2024, 6, 2));
	CHECK_STR(ev[2].event_type, "ACCUSE");
	CHECK_INT(ev[2].date_from, D(2024, 6, 3));
	nn_free(ev);
}

/* A transcript's turn: "Anna Berg: ... I ..." is Anna Berg speaking */
UNIT_TEST(events_i_is_the_speaker_of_the_turn)
{
	Case		c;
	NNEvent    *ev;
	int			n;

	case_init(&c, "Anna Berg: Good afternoon, colleagues. Once again, I am appealing to the army of Chile.",
			  D(2024, 6, 3));
	countries(&c, nations);
	mention(&c, "Anna Berg", 0, NN_KIND_PERSON, "Anna Berg", 1);
	n = run(&c, &ev);
	CHECK_INT(n, 1);
	if (n != 1)
		return;
	CHECK_STR(ev[0].event_type, "REQUEST");
	CHECK(has_actor(&c, &ev[0], "Anna Berg"));
	CHECK_INT(ev[0].nsource, 1);
	nn_free(ev);
}

/* A lead whose subject is "The President" names no one: the first person called President */
UNIT_TEST(events_the_president_of_a_lead_naming_no_one)
{
	Case		c;
	NNEvent    *ev;
	int			n;

	case_init(&c, "The President held a meeting with the security council of Chile. "
			  "Taking part were minister Omar Said and President of Norway Anna Berg.", D(2024, 6, 3));
	countries(&c, nations);
	mention(&c, "Omar Said", 0, NN_KIND_PERSON, "Omar Said", 2);
	mention(&c, "Anna Berg", 0, NN_KIND_PERSON, "Anna Berg", 1);
	n = run(&c, &ev);
	CHECK(n >= 1);
	if (n < 1)
		return;
	CHECK_STR(ev[0].event_type, "CONSULT");
	CHECK(has_actor(&c, &ev[0], "Anna Berg"));
	CHECK(!has_actor(&c, &ev[0], "Omar Said"));
	nn_free(ev);
}

/* "his recent visit to Norway": a noun event of the last weeks, though after "his" */
UNIT_TEST(events_recent_noun_is_a_past_event)
{
	Case		c;
	NNEvent    *ev;
	int			n;

	case_init(&c, "Norway met Chile. The envoy of Peru told Chile about his recent visit to Malta.", D(2024, 6, 3));
	countries(&c, nations);
	n = run(&c, &ev);
	CHECK_INT(n, 2);
	if (n != 2)
		return;
	CHECK_STR(ev[1].event_type, "CONSULT");
	CHECK_STR(ev[1].date_value, "PAST_REF");
	CHECK_INT(ev[1].date_to, D(2024, 6, 3));
	CHECK(has_actor(&c, &ev[1], "Malta"));
	nn_free(ev);
}

/* Two requests of one source to different targets on one day are two events; "to
 * unequivocally reject" is an infinitive, not a rejection that absorbs the sentence */
UNIT_TEST(events_directed_events_with_other_targets_stay_apart)
{
	static const char *const cases[][2] = {
		{"Norway called on all states to unequivocally reject the vote and demanded that Chile withdraw.",
		 "REQUEST"},
	};
	Case		c;
	NNEvent    *ev;
	int			n;

	expect_types(cases, sizeof(cases) / sizeof(cases[0]));
	case_init(&c, "On Monday, Norway called on Chile to stop the raids. "
			  "On Monday, Norway also called on Peru to reopen the port.", D(2024, 6, 5));
	countries(&c, nations);
	timex(&c, "On Monday", 0, "2024-06-03", D(2024, 6, 3), D(2024, 6, 3));
	timex(&c, "On Monday", 1, "2024-06-03", D(2024, 6, 3), D(2024, 6, 3));
	n = run(&c, &ev);
	CHECK_INT(n, 2);
	if (n == 2)
		nn_free(ev);
	/* talks have no sides: two mentions of one day's talks are one */
	case_init(&c, "On Monday, Norway held talks with Chile. On Monday, Norway held talks with Peru.",
			  D(2024, 6, 5));
	countries(&c, nations);
	timex(&c, "On Monday", 0, "2024-06-03", D(2024, 6, 3), D(2024, 6, 3));
	timex(&c, "On Monday", 1, "2024-06-03", D(2024, 6, 3), D(2024, 6, 3));
	n = run(&c, &ev);
	CHECK_INT(n, 1);
	if (n == 1)
		nn_free(ev);
}

/* In a readout, what its people did later, in the simple past and undated, was done in the call */
UNIT_TEST(events_readout_past_events_take_the_call_date)
{
	Case		c;
	NNEvent    *ev;
	int			n;

	case_init(&c, "On Sunday, Anna Berg had a telephone conversation with Omar Said. "
			  "The two leaders agreed to resume the fisheries talks.", D(2024, 6, 3));
	countries(&c, nations);
	mention(&c, "Anna Berg", 0, NN_KIND_PERSON, "Anna Berg", 1);
	mention(&c, "Omar Said", 0, NN_KIND_PERSON, "Omar Said", 2);
	timex(&c, "On Sunday", 0, "2024-06-02", D(2024, 6, 2), D(2024, 6, 2));
	n = run(&c, &ev);
	CHECK_INT(n, 2);
	if (n != 2)
		return;
	CHECK_STR(ev[1].event_type, "AGREE");
	CHECK_INT(ev[1].date_from, D(2024, 6, 2));
	CHECK_INT(ev[1].date_to, D(2024, 6, 2));
	nn_free(ev);
}

/* Seeking, obtaining or needing guarantees is a demand; "taking place" says a noun happened. */
UNIT_TEST(events_guarantees_demanded_and_nouns_taking_place)
{
	static const char *const cases[][2] = {
		{"Chile seeks binding guaranties from Peru.", "REQUEST"},
		{"Chile is eager to obtain firm guarantees from Peru.", "REQUEST"},
		{"Norway said the talks needed to yield written guarantees from Peru.", "REQUEST"},
		{"Heavy clashes between Chile and Peru are taking place near the border.", "ASSAULT"},
	};

	expect_types(cases, sizeof(cases) / sizeof(cases[0]));
}

/* "She stressed that the talks needed guarantees from Peru": she demands, Peru is asked. */
UNIT_TEST(events_pronoun_speaker_of_that_clause_with_a_target)
{
	Case		c;
	NNEvent    *ev;
	int			n;

	case_init(&c, "Anna Berg spoke with the press. She stressed that the talks needed to bring firm guarantees from Peru.",
			  D(2024, 6, 3));
	countries(&c, nations);
	mention(&c, "Anna Berg", 0, NN_KIND_PERSON, "Anna Berg", 1);
	n = run(&c, &ev);
	CHECK(n >= 1);
	if (n < 1)
		return;
	CHECK_STR(ev[n - 1].event_type, "REQUEST");
	CHECK(has_actor(&c, &ev[n - 1], "Anna Berg"));
	CHECK(has_actor(&c, &ev[n - 1], "Peru"));
	nn_free(ev);
}

/* A reporter's "Q" turn is not the speaker of the turn before it. */
UNIT_TEST(events_q_turn_is_someone_else)
{
	Case		c;
	NNEvent    *ev;
	int			n;

	case_init(&c, "Anna Berg: Good afternoon. Q Will you appeal to the army of Chile? I am appealing to the army of Chile.",
			  D(2024, 6, 3));
	countries(&c, nations);
	mention(&c, "Anna Berg", 0, NN_KIND_PERSON, "Anna Berg", 1);
	n = run(&c, &ev);
	for (int e = 0; e < n; e++)
		CHECK(!has_actor(&c, &ev[e], "Anna Berg"));
	nn_free(ev);
}

/* "Answering Anna Berg's call for talks with Peru, ...": a named speaker's act, told as a noun */
UNIT_TEST(events_named_possessive_speech_act)
{
	Case		c;
	NNEvent    *ev;
	int			n;

	case_init(&c, "Answering Anna Berg's call for talks with Peru, Chile restated its position.",
			  D(2024, 6, 3));
	countries(&c, nations);
	mention(&c, "Anna Berg", 0, NN_KIND_PERSON, "Anna Berg", 1);
	n = run(&c, &ev);
	CHECK_INT(n, 1);
	if (n != 1)
		return;
	CHECK_STR(ev[0].event_type, "REQUEST");
	CHECK(has_actor(&c, &ev[0], "Anna Berg"));
	nn_free(ev);
	/* an unnamed possessive stays a noun: "the minister's call" is no event of its own */
	CHECK_STR(types_of("The minister's call for calm was heard in Chile.", D(2024, 6, 3),
					   (char[64]) {0}, 64), "");
}
