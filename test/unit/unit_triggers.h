/*
 * unit_triggers.h: the shipped trigger table for the unit tests.
 */
#ifndef NN_UNIT_TRIGGERS_H
#define NN_UNIT_TRIGGERS_H

#include "event_rules.h"

/* data/event_triggers.tsv compiled once; NULL (with the reason printed) when it fails. */
NNTriggerSet *unit_shipped_triggers(void);

#endif
