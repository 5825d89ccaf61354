/*
 * event_merge.c: the timeline merge policy (see event_merge.h).
 */
#include <string.h>

#include "event_merge.h"

bool
nn_actor_eq(const NNActorRef *a, const NNActorRef *b)
{
	return a->kind == b->kind && a->name_len == b->name_len
		&& memcmp(a->name, b->name, (size_t) a->name_len) == 0;
}

static bool
is_focus(const NNActorRef *who, const NNActorRef *a)
{
	return who != NULL && nn_actor_eq(who, a);
}

static bool
names_actor(const NNActorRef *actors, int n, const NNActorRef *a)
{
	for (int i = 0; i < n; i++)
		if (nn_actor_eq(&actors[i], a))
			return true;
	return false;
}

bool
nn_merge_actors_compatible(const NNActorRef *a, int na, const NNActorRef *b, int nb,
						   const NNActorRef *who, bool same_day)
{
	int			others_a = 0,
				others_b = 0,
				people_a = 0,
				people_b = 0,
				shared = 0,
				shared_people = 0,
				need;

	for (int i = 0; i < na; i++)
		if (!is_focus(who, &a[i]))
		{
			others_a++;
			people_a += a[i].kind == NN_KIND_PERSON;
		}
	for (int j = 0; j < nb; j++)
		if (!is_focus(who, &b[j]))
		{
			others_b++;
			people_b += b[j].kind == NN_KIND_PERSON;
		}
	if (who != NULL && (others_a == 0 || others_b == 0))
		return true;
	for (int i = 0; i < na; i++)
	{
		if (is_focus(who, &a[i]))
			continue;
		if (names_actor(b, nb, &a[i]))
		{
			shared++;
			shared_people += a[i].kind == NN_KIND_PERSON;
		}
	}
	if (people_a > 0 && people_b > 0 && shared_people == 0)
		return false;
	need = others_a < others_b ? others_a : others_b;
	if (need > 2)
		need = 2;
	if (same_day && need > 1)
		need = 1;
	return need > 0 && shared >= need;
}

bool
nn_merge_same_event(const char *type_a, int32_t from_a, int32_t to_a, const NNActorRef *a, int na,
					const char *type_b, int32_t from_b, int32_t to_b, const NNActorRef *b, int nb,
					const NNActorRef *who)
{
	if (strcmp(type_a, type_b) != 0 || from_a > to_b || from_b > to_a)
		return false;
	return nn_merge_actors_compatible(a, na, b, nb, who,
									  from_a == to_a && from_b == to_b && from_a == from_b);
}
