/*
 * timex_lexicon_data.c: the date grammar's word list. Data only; the lookup lives in
 * timex_lexicon.c. Order does not matter (the lookup sorts an index once).
 *
 * Columns: word (lower case), kind, value, tense cue, flags.
 */
#include "timex_lexicon.h"

#define W(word, kind, value, cue, flags) {word, kind, value, cue, flags}

const TxLex nn_timex_lexicon[] = {
	/* months, full and abbreviated; May and March are also ordinary words */
	W("january", LX_MONTH, 1, C_NONE, 0), W("jan", LX_MONTH, 1, C_NONE, LXF_ABBR),
	W("february", LX_MONTH, 2, C_NONE, 0), W("feb", LX_MONTH, 2, C_NONE, LXF_ABBR),
	W("march", LX_MONTH, 3, C_NONE, LXF_AMBIG), W("mar", LX_MONTH, 3, C_NONE, LXF_ABBR | LXF_AMBIG),
	W("april", LX_MONTH, 4, C_NONE, 0), W("apr", LX_MONTH, 4, C_NONE, LXF_ABBR),
	W("may", LX_MONTH, 5, C_NONE, LXF_AMBIG),
	W("june", LX_MONTH, 6, C_NONE, 0), W("jun", LX_MONTH, 6, C_NONE, LXF_ABBR),
	W("july", LX_MONTH, 7, C_NONE, 0), W("jul", LX_MONTH, 7, C_NONE, LXF_ABBR),
	W("august", LX_MONTH, 8, C_NONE, 0), W("aug", LX_MONTH, 8, C_NONE, LXF_ABBR),
	W("september", LX_MONTH, 9, C_NONE, 0), W("sept", LX_MONTH, 9, C_NONE, LXF_ABBR),
	W("sep", LX_MONTH, 9, C_NONE, LXF_ABBR),
	W("october", LX_MONTH, 10, C_NONE, 0), W("oct", LX_MONTH, 10, C_NONE, LXF_ABBR),
	W("november", LX_MONTH, 11, C_NONE, 0), W("nov", LX_MONTH, 11, C_NONE, LXF_ABBR),
	W("december", LX_MONTH, 12, C_NONE, 0), W("dec", LX_MONTH, 12, C_NONE, LXF_ABBR),

	/* weekdays (three-letter forms are too often other words: Sun, Sat, Wed) */
	W("monday", LX_WEEKDAY, 1, C_NONE, 0), W("tuesday", LX_WEEKDAY, 2, C_NONE, 0),
	W("wednesday", LX_WEEKDAY, 3, C_NONE, 0), W("thursday", LX_WEEKDAY, 4, C_NONE, 0),
	W("friday", LX_WEEKDAY, 5, C_NONE, 0), W("saturday", LX_WEEKDAY, 6, C_NONE, 0),
	W("sunday", LX_WEEKDAY, 7, C_NONE, 0),
	W("tues", LX_WEEKDAY, 2, C_NONE, LXF_ABBR), W("thurs", LX_WEEKDAY, 4, C_NONE, LXF_ABBR),

	/* number words; "a"/"an" count one; vague quantities */
	W("a", LX_NUMWORD, 1, C_NONE, LXF_ARTICLE | LXF_DET), W("an", LX_NUMWORD, 1, C_NONE, LXF_ARTICLE | LXF_DET),
	W("one", LX_NUMWORD, 1, C_NONE, 0), W("two", LX_NUMWORD, 2, C_NONE, 0),
	W("three", LX_NUMWORD, 3, C_NONE, 0), W("four", LX_NUMWORD, 4, C_NONE, 0),
	W("five", LX_NUMWORD, 5, C_NONE, 0), W("six", LX_NUMWORD, 6, C_NONE, 0),
	W("seven", LX_NUMWORD, 7, C_NONE, 0), W("eight", LX_NUMWORD, 8, C_NONE, 0),
	W("nine", LX_NUMWORD, 9, C_NONE, 0), W("ten", LX_NUMWORD, 10, C_NONE, 0),
	W("eleven", LX_NUMWORD, 11, C_NONE, 0), W("twelve", LX_NUMWORD, 12, C_NONE, 0),
	W("thirteen", LX_NUMWORD, 13, C_NONE, 0), W("fourteen", LX_NUMWORD, 14, C_NONE, 0),
	W("fifteen", LX_NUMWORD, 15, C_NONE, 0), W("sixteen", LX_NUMWORD, 16, C_NONE, 0),
	W("seventeen", LX_NUMWORD, 17, C_NONE, 0), W("eighteen", LX_NUMWORD, 18, C_NONE, 0),
	W("nineteen", LX_NUMWORD, 19, C_NONE, 0), W("twenty", LX_NUMWORD, 20, C_NONE, 0),
	W("thirty", LX_NUMWORD, 30, C_NONE, 0), W("forty", LX_NUMWORD, 40, C_NONE, 0),
	W("fifty", LX_NUMWORD, 50, C_NONE, 0), W("sixty", LX_NUMWORD, 60, C_NONE, 0),
	W("seventy", LX_NUMWORD, 70, C_NONE, 0), W("eighty", LX_NUMWORD, 80, C_NONE, 0),
	W("ninety", LX_NUMWORD, 90, C_NONE, 0), W("hundred", LX_NUMWORD, 100, C_NONE, 0),
	W("few", LX_NUMWORD, TX_VAGUE, C_NONE, 0), W("several", LX_NUMWORD, TX_VAGUE, C_NONE, 0),
	W("some", LX_NUMWORD, TX_VAGUE, C_NONE, 0), W("many", LX_NUMWORD, TX_VAGUE, C_NONE, 0),
	W("couple", LX_NUMWORD, TX_VAGUE, C_NONE, 0),

	W("first", LX_ORDINAL, 1, C_NONE, 0), W("second", LX_ORDINAL, 2, C_NONE, 0),
	W("third", LX_ORDINAL, 3, C_NONE, 0), W("fourth", LX_ORDINAL, 4, C_NONE, 0),

	/* units */
	W("minute", LX_UNIT, U_MINUTE, C_NONE, 0), W("minutes", LX_UNIT, U_MINUTE, C_NONE, LXF_PLURAL),
	W("hour", LX_UNIT, U_HOUR, C_NONE, 0), W("hours", LX_UNIT, U_HOUR, C_NONE, LXF_PLURAL),
	W("day", LX_UNIT, U_DAY, C_NONE, 0), W("days", LX_UNIT, U_DAY, C_NONE, LXF_PLURAL),
	W("week", LX_UNIT, U_WEEK, C_NONE, 0), W("weeks", LX_UNIT, U_WEEK, C_NONE, LXF_PLURAL),
	W("weekend", LX_UNIT, U_WEEKEND, C_NONE, 0), W("weekends", LX_UNIT, U_WEEKEND, C_NONE, LXF_PLURAL),
	W("month", LX_UNIT, U_MONTH, C_NONE, 0), W("months", LX_UNIT, U_MONTH, C_NONE, LXF_PLURAL),
	W("quarter", LX_UNIT, U_QUARTER, C_NONE, 0), W("quarters", LX_UNIT, U_QUARTER, C_NONE, LXF_PLURAL),
	W("year", LX_UNIT, U_YEAR, C_NONE, 0), W("years", LX_UNIT, U_YEAR, C_NONE, LXF_PLURAL),
	W("decade", LX_UNIT, U_DECADE, C_NONE, 0), W("decades", LX_UNIT, U_DECADE, C_NONE, LXF_PLURAL),
	W("century", LX_UNIT, U_CENTURY, C_NONE, 0), W("centuries", LX_UNIT, U_CENTURY, C_NONE, LXF_PLURAL),

	/* seasons (spring and fall are also ordinary words) */
	W("spring", LX_SEASON, S_SPRING, C_NONE, LXF_AMBIG), W("summer", LX_SEASON, S_SUMMER, C_NONE, 0),
	W("autumn", LX_SEASON, S_FALL, C_NONE, 0), W("fall", LX_SEASON, S_FALL, C_NONE, LXF_AMBIG),
	W("winter", LX_SEASON, S_WINTER, C_NONE, 0),

	/* parts of the day */
	W("morning", LX_PARTDAY, P_MORNING, C_NONE, 0), W("afternoon", LX_PARTDAY, P_AFTERNOON, C_NONE, 0),
	W("evening", LX_PARTDAY, P_EVENING, C_NONE, 0), W("night", LX_PARTDAY, P_NIGHT, C_NONE, 0),
	W("noon", LX_PARTDAY, P_NOON, C_NONE, 0), W("midday", LX_PARTDAY, P_NOON, C_NONE, 0),
	W("midnight", LX_PARTDAY, P_MIDNIGHT, C_NONE, 0),

	W("today", LX_DEICTIC, D_TODAY, C_NONE, 0), W("yesterday", LX_DEICTIC, D_YESTERDAY, C_NONE, 0),
	W("tomorrow", LX_DEICTIC, D_TOMORROW, C_NONE, 0), W("tonight", LX_DEICTIC, D_TONIGHT, C_NONE, 0),

	W("this", LX_REL, 0, C_NONE, LXF_DET), W("last", LX_REL, -1, C_NONE, 0),
	W("past", LX_REL, -1, C_NONE, 0), W("previous", LX_REL, -1, C_NONE, 0),
	W("latest", LX_REL, -1, C_NONE, 0), W("next", LX_REL, 1, C_NONE, 0), W("coming", LX_REL, 1, C_NONE, 0),

	W("early", LX_MOD, M_EARLY, C_NONE, 0), W("mid", LX_MOD, M_MID, C_NONE, 0),
	W("late", LX_MOD, M_LATE, C_NONE, 0), W("earlier", LX_MOD, M_EARLIER, C_NONE, 0),
	W("later", LX_MOD, M_LATER, C_NONE, 0),

	W("in", LX_PREP, 0, C_NONE, LXF_YEARPREP), W("on", LX_PREP, 0, C_NONE, 0), W("at", LX_PREP, 0, C_NONE, 0),
	W("since", LX_PREP, 0, C_NONE, LXF_YEARPREP), W("from", LX_PREP, 0, C_NONE, LXF_YEARPREP), W("until", LX_PREP, 0, C_NONE, LXF_YEARPREP),
	W("till", LX_PREP, 0, C_NONE, LXF_YEARPREP), W("by", LX_PREP, 0, C_NONE, LXF_YEARPREP), W("during", LX_PREP, 0, C_NONE, LXF_YEARPREP),
	W("through", LX_PREP, 0, C_NONE, LXF_YEARPREP), W("before", LX_PREP, 0, C_NONE, LXF_YEARPREP), W("after", LX_PREP, 0, C_NONE, LXF_YEARPREP),
	W("of", LX_PREP, 0, C_NONE, LXF_YEARPREP), W("between", LX_PREP, 0, C_NONE, LXF_YEARPREP), W("to", LX_PREP, 0, C_NONE, 0),
	W("and", LX_PREP, 0, C_NONE, 0), W("for", LX_PREP, 0, C_NONE, 0), W("over", LX_PREP, 0, C_NONE, 0),
	W("within", LX_PREP, 0, C_NONE, 0), W("throughout", LX_PREP, 0, C_NONE, LXF_YEARPREP), W("or", LX_PREP, 0, C_NONE, 0),

	W("every", LX_SET, 0, C_NONE, 0), W("each", LX_SET, 0, C_NONE, 0),
	W("ago", LX_AGO, 0, C_NONE, 0), W("the", LX_THE, 0, C_NONE, LXF_DET),
	W("end", LX_BOUNDARY, 3, C_NONE, 0), W("beginning", LX_BOUNDARY, 1, C_NONE, 0),
	W("start", LX_BOUNDARY, 1, C_NONE, 0), W("middle", LX_BOUNDARY, 2, C_NONE, 0),
	W("half", LX_HALF, 0, C_NONE, 0),
	W("once", LX_TIMES, 1, C_NONE, 0), W("twice", LX_TIMES, 2, C_NONE, 0), W("times", LX_TIMES, 0, C_NONE, 0),
	W("recent", LX_RECENT, 0, C_NONE, 0),
	W("gmt", LX_ZONE, 0, C_NONE, 0), W("utc", LX_ZONE, 0, C_NONE, 0), W("local", LX_ZONE, 0, C_NONE, 0),
	W("bst", LX_ZONE, 0, C_NONE, 0), W("cet", LX_ZONE, 0, C_NONE, 0), W("cest", LX_ZONE, 0, C_NONE, 0),
	W("eet", LX_ZONE, 0, C_NONE, 0), W("eest", LX_ZONE, 0, C_NONE, 0), W("msk", LX_ZONE, 0, C_NONE, 0),
	W("est", LX_ZONE, 0, C_NONE, 0), W("edt", LX_ZONE, 0, C_NONE, 0), W("cst", LX_ZONE, 0, C_NONE, 0),
	W("cdt", LX_ZONE, 0, C_NONE, 0), W("pst", LX_ZONE, 0, C_NONE, 0), W("pdt", LX_ZONE, 0, C_NONE, 0),
	W("et", LX_ZONE, 0, C_NONE, 0), W("zulu", LX_ZONE, 0, C_NONE, 0),

	/* nouns a number counts: "2000 troops" is no year */
	W("people", LX_COUNTED, 0, C_NONE, 0), W("troops", LX_COUNTED, 0, C_NONE, 0),
	W("soldiers", LX_COUNTED, 0, C_NONE, 0), W("million", LX_COUNTED, 0, C_NONE, 0),
	W("billion", LX_COUNTED, 0, C_NONE, 0), W("percent", LX_COUNTED, 0, C_NONE, 0),
	W("dollars", LX_COUNTED, 0, C_NONE, 0), W("euros", LX_COUNTED, 0, C_NONE, 0),
	W("km", LX_COUNTED, 0, C_NONE, 0), W("kilometers", LX_COUNTED, 0, C_NONE, 0),
	W("kilometres", LX_COUNTED, 0, C_NONE, 0), W("miles", LX_COUNTED, 0, C_NONE, 0),
	W("meters", LX_COUNTED, 0, C_NONE, 0), W("metres", LX_COUNTED, 0, C_NONE, 0),
	W("tons", LX_COUNTED, 0, C_NONE, 0), W("tonnes", LX_COUNTED, 0, C_NONE, 0),
	W("refugees", LX_COUNTED, 0, C_NONE, 0), W("migrants", LX_COUNTED, 0, C_NONE, 0),
	W("civilians", LX_COUNTED, 0, C_NONE, 0), W("members", LX_COUNTED, 0, C_NONE, 0),
	W("personnel", LX_COUNTED, 0, C_NONE, 0), W("units", LX_COUNTED, 0, C_NONE, 0),
	W("vehicles", LX_COUNTED, 0, C_NONE, 0), W("tanks", LX_COUNTED, 0, C_NONE, 0),
	W("rounds", LX_COUNTED, 0, C_NONE, 0), W("votes", LX_COUNTED, 0, C_NONE, 0),
	W("cases", LX_COUNTED, 0, C_NONE, 0), W("deaths", LX_COUNTED, 0, C_NONE, 0),
	W("usd", LX_COUNTED, 0, C_NONE, 0), W("eur", LX_COUNTED, 0, C_NONE, 0),
	W("feet", LX_COUNTED, 0, C_NONE, 0), W("jobs", LX_COUNTED, 0, C_NONE, 0),

	/* tense cues */
	W("will", LX_VERB, 0, C_FUTURE, 0), W("shall", LX_VERB, 0, C_FUTURE, 0), W("ll", LX_VERB, 0, C_FUTURE, 0),
	W("would", LX_VERB, 0, C_FUTURE, 0), W("could", LX_VERB, 0, C_FUTURE, 0), W("might", LX_VERB, 0, C_FUTURE, 0), W("upcoming", LX_VERB, 0, C_FUTURE, 0),
	W("ahead", LX_VERB, 0, C_FUTURE, 0), W("scheduled", LX_VERB, 0, C_PARTICIPLE, LXF_PLANNED),
	W("planned", LX_VERB, 0, C_PARTICIPLE, LXF_PLANNED), W("plans", LX_VERB, 0, C_FUTURE, 0),
	W("plan", LX_VERB, 0, C_FUTURE_TO, 0), W("planning", LX_VERB, 0, C_FUTURE, 0),
	W("set", LX_VERB, 0, C_FUTURE_TO, LXF_SCHEDULE), W("due", LX_VERB, 0, C_FUTURE_TO, LXF_SCHEDULE),
	W("expected", LX_VERB, 0, C_FUTURE_TO, LXF_SCHEDULE), W("going", LX_VERB, 0, C_FUTURE_TO, 0),
	W("intends", LX_VERB, 0, C_FUTURE_TO, 0), W("aims", LX_VERB, 0, C_FUTURE_TO, 0),
	W("intend", LX_VERB, 0, C_FUTURE_TO, 0), W("aim", LX_VERB, 0, C_FUTURE_TO, 0),
	W("hopes", LX_VERB, 0, C_FUTURE_TO, 0), W("hope", LX_VERB, 0, C_FUTURE_TO, 0),
	W("wants", LX_VERB, 0, C_FUTURE_TO, 0), W("want", LX_VERB, 0, C_FUTURE_TO, 0),
	W("seeks", LX_VERB, 0, C_FUTURE_TO, 0), W("seek", LX_VERB, 0, C_FUTURE_TO, 0),
	/* past verbs whose "to" clause lies ahead: "agreed to meet on Tuesday" */
	W("decided", LX_VERB, 0, C_FUTURE_TO, 0), W("promised", LX_VERB, 0, C_FUTURE_TO, 0),
	W("pledged", LX_VERB, 0, C_FUTURE_TO, 0), W("vowed", LX_VERB, 0, C_FUTURE_TO, 0),
	W("offered", LX_VERB, 0, C_FUTURE_TO, 0), W("invited", LX_VERB, 0, C_FUTURE_TO, 0),
	W("slated", LX_VERB, 0, C_PARTICIPLE, LXF_PLANNED), W("proposed", LX_VERB, 0, C_PARTICIPLE, LXF_PLANNED),
	W("said", LX_VERB, 0, C_PAST, 0), W("was", LX_VERB, 0, C_PAST, 0), W("were", LX_VERB, 0, C_PAST, 0),
	W("had", LX_VERB, 0, C_PAST, 0), W("did", LX_VERB, 0, C_PAST, 0), W("told", LX_VERB, 0, C_PAST, 0),
	W("took", LX_VERB, 0, C_PAST, 0), W("came", LX_VERB, 0, C_PAST, 0), W("went", LX_VERB, 0, C_PAST, 0),
	W("gave", LX_VERB, 0, C_PAST, 0), W("began", LX_VERB, 0, C_PAST, 0), W("spoke", LX_VERB, 0, C_PAST, 0),
	W("saw", LX_VERB, 0, C_PAST, 0), W("wrote", LX_VERB, 0, C_PAST, 0), W("flew", LX_VERB, 0, C_PAST, 0),
	W("fought", LX_VERB, 0, C_PAST, 0), W("won", LX_VERB, 0, C_PAST, 0), W("rose", LX_VERB, 0, C_PAST, 0),
	W("fell", LX_VERB, 0, C_PAST, 0), W("struck", LX_VERB, 0, C_PAST, 0), W("broke", LX_VERB, 0, C_PAST, 0),
	W("held", LX_VERB, 0, C_PARTICIPLE, 0), W("met", LX_VERB, 0, C_PARTICIPLE, 0),
	W("made", LX_VERB, 0, C_PARTICIPLE, 0), W("sent", LX_VERB, 0, C_PARTICIPLE, 0),
	W("led", LX_VERB, 0, C_PARTICIPLE, 0), W("left", LX_VERB, 0, C_PARTICIPLE, 0),
	W("lost", LX_VERB, 0, C_PARTICIPLE, 0), W("got", LX_VERB, 0, C_PARTICIPLE, 0),
	W("paid", LX_VERB, 0, C_PARTICIPLE, 0), W("brought", LX_VERB, 0, C_PARTICIPLE, 0),
	W("signed", LX_VERB, 0, C_PARTICIPLE, 0), W("agreed", LX_VERB, 0, C_FUTURE_TO, 0),
	W("begun", LX_VERB, 0, C_PARTICIPLE, 0), W("taken", LX_VERB, 0, C_PARTICIPLE, 0),
	W("given", LX_VERB, 0, C_PARTICIPLE, 0), W("seen", LX_VERB, 0, C_PARTICIPLE, 0),
	W("spoken", LX_VERB, 0, C_PARTICIPLE, 0), W("done", LX_VERB, 0, C_PARTICIPLE, 0),
	W("says", LX_VERB, 0, C_PRESENT, 0), W("is", LX_VERB, 0, C_PRESENT, 0), W("are", LX_VERB, 0, C_PRESENT, 0),
	W("has", LX_VERB, 0, C_PRESENT, 0), W("have", LX_VERB, 0, C_PRESENT, 0), W("does", LX_VERB, 0, C_PRESENT, 0),
	W("tells", LX_VERB, 0, C_PRESENT, 0), W("am", LX_VERB, 0, C_PRESENT, 0),
	W("be", LX_AUX, 0, C_NONE, 0), W("been", LX_AUX, 0, C_NONE, 0), W("being", LX_AUX, 0, C_NONE, 0),
	W("not", LX_AUX, 0, C_NONE, 0), W("also", LX_AUX, 0, C_NONE, 0), W("already", LX_AUX, 0, C_NONE, 0),
	W("still", LX_AUX, 0, C_NONE, 0), W("just", LX_AUX, 0, C_NONE, 0), W("reportedly", LX_AUX, 0, C_NONE, 0),
	W("then", LX_AUX, 0, C_NONE, 0), W("ve", LX_AUX, 0, C_NONE, 0), W("officially", LX_AUX, 0, C_NONE, 0),
	W("finally", LX_AUX, 0, C_NONE, 0), W("again", LX_AUX, 0, C_NONE, 0), W("formally", LX_AUX, 0, C_NONE, 0),

	/* labels: the number after them is no year (Resolution 1973, page 2018) */
	W("resolution", LX_LABEL, 0, C_NONE, 0), W("resolutions", LX_LABEL, 0, C_NONE, 0),
	W("article", LX_LABEL, 0, C_NONE, 0), W("chapter", LX_LABEL, 0, C_NONE, 0),
	W("paragraph", LX_LABEL, 0, C_NONE, 0), W("section", LX_LABEL, 0, C_NONE, 0),
	W("flight", LX_LABEL, 0, C_NONE, 0), W("route", LX_LABEL, 0, C_NONE, 0),
	W("highway", LX_LABEL, 0, C_NONE, 0), W("number", LX_LABEL, 0, C_NONE, 0),
	W("model", LX_LABEL, 0, C_NONE, 0), W("version", LX_LABEL, 0, C_NONE, 0),
	W("code", LX_LABEL, 0, C_NONE, 0), W("room", LX_LABEL, 0, C_NONE, 0),
	W("gate", LX_LABEL, 0, C_NONE, 0), W("item", LX_LABEL, 0, C_NONE, 0),
	W("line", LX_LABEL, 0, C_NONE, 0), W("block", LX_LABEL, 0, C_NONE, 0),
	W("pages", LX_LABEL, 0, C_NONE, 0), W("page", LX_LABEL, 0, C_NONE, 0),
	/* programme names: "Agenda 2030", "Vision 2030", "Horizon 2020" */
	W("agenda", LX_LABEL, 0, C_NONE, 0), W("vision", LX_LABEL, 0, C_NONE, 0),
	W("horizon", LX_LABEL, 0, C_NONE, 0), W("strategy", LX_LABEL, 0, C_NONE, 0),

	/* quantities: the number after them counts something */
	W("about", LX_QUANT, 0, C_NONE, 0), W("nearly", LX_QUANT, 0, C_NONE, 0),
	W("almost", LX_QUANT, 0, C_NONE, 0), W("around", LX_QUANT, 0, C_NONE, 0),
	W("approximately", LX_QUANT, 0, C_NONE, 0), W("than", LX_QUANT, 0, C_NONE, 0),
	W("roughly", LX_QUANT, 0, C_NONE, 0), W("least", LX_QUANT, 0, C_NONE, 0),
	W("total", LX_QUANT, 0, C_NONE, 0),

	/* abbreviations a period does not end a sentence after */
	W("mr", LX_ABBREV, 0, C_NONE, 0), W("mrs", LX_ABBREV, 0, C_NONE, 0), W("ms", LX_ABBREV, 0, C_NONE, 0),
	W("dr", LX_ABBREV, 0, C_NONE, 0), W("gen", LX_ABBREV, 0, C_NONE, 0), W("lt", LX_ABBREV, 0, C_NONE, 0),
	W("col", LX_ABBREV, 0, C_NONE, 0), W("st", LX_ABBREV, 0, C_NONE, 0), W("no", LX_ABBREV, 0, C_NONE, 0),
	W("vs", LX_ABBREV, 0, C_NONE, 0), W("jr", LX_ABBREV, 0, C_NONE, 0), W("sr", LX_ABBREV, 0, C_NONE, 0),
	W("prof", LX_ABBREV, 0, C_NONE, 0), W("sen", LX_ABBREV, 0, C_NONE, 0), W("rep", LX_ABBREV, 0, C_NONE, 0),
	W("gov", LX_ABBREV, 0, C_NONE, 0), W("adm", LX_ABBREV, 0, C_NONE, 0), W("maj", LX_ABBREV, 0, C_NONE, 0),
	W("capt", LX_ABBREV, 0, C_NONE, 0), W("sgt", LX_ABBREV, 0, C_NONE, 0), W("pres", LX_ABBREV, 0, C_NONE, 0),
	W("p", LX_ABBREV, 0, C_NONE, 0), W("pp", LX_ABBREV, 0, C_NONE, 0), W("vol", LX_ABBREV, 0, C_NONE, 0),

	/* reference words and frequency adverbs (timex_refs.c) */
	W("now", LX_REFWORD, R_PRESENT, C_NONE, 0), W("currently", LX_REFWORD, R_PRESENT, C_NONE, 0),
	W("presently", LX_REFWORD, R_PRESENT, C_NONE, 0), W("nowadays", LX_REFWORD, R_PRESENT, C_NONE, 0),
	W("recently", LX_REFWORD, R_PAST, C_NONE, 0), W("lately", LX_REFWORD, R_PAST, C_NONE, 0),
	W("previously", LX_REFWORD, R_PAST, C_NONE, 0), W("formerly", LX_REFWORD, R_PAST, C_NONE, 0),
	W("soon", LX_REFWORD, R_FUTURE, C_NONE, 0), W("someday", LX_REFWORD, R_FUTURE, C_NONE, 0),
	W("right", LX_REFWORD, R_RIGHT, C_NONE, 0), W("long", LX_REFWORD, R_LONG, C_NONE, 0),
	W("generations", LX_REFWORD, R_GENERATIONS, C_NONE, 0),
	W("daily", LX_REFWORD, R_DAILY, C_NONE, 0), W("weekly", LX_REFWORD, R_WEEKLY, C_NONE, 0),
	W("monthly", LX_REFWORD, R_MONTHLY, C_NONE, 0), W("quarterly", LX_REFWORD, R_QUARTERLY, C_NONE, 0),
	W("yearly", LX_REFWORD, R_YEARLY, C_NONE, 0), W("annually", LX_REFWORD, R_YEARLY, C_NONE, 0),
	W("hourly", LX_REFWORD, R_HOURLY, C_NONE, 0), W("nightly", LX_REFWORD, R_NIGHTLY, C_NONE, 0),

	/* words placing a time relative to another one (timex_relative.c) */
	W("afterwards", LX_RELWORD, RW_LATER, C_NONE, 0), W("afterward", LX_RELWORD, RW_LATER, C_NONE, 0),
	W("following", LX_RELWORD, RW_LATER, C_NONE, 0), W("prior", LX_RELWORD, RW_EARLIER, C_NONE, 0),
	W("same", LX_RELWORD, RW_SAME, C_NONE, 0),

	/* the first words of named days (timex_holidays.c) */
	W("christmas", LX_HOLIDAY, 0, C_NONE, 0), W("halloween", LX_HOLIDAY, 0, C_NONE, 0),
	W("valentine", LX_HOLIDAY, 0, C_NONE, 0), W("victory", LX_HOLIDAY, 0, C_NONE, 0),
	W("election", LX_HOLIDAY, 0, C_NONE, 0), W("thanksgiving", LX_HOLIDAY, 0, C_NONE, 0),
	W("easter", LX_HOLIDAY, 0, C_NONE, 0),

	/* determiners: an -ed word after them is an adjective, not a verb */
	W("its", LX_NONE, 0, C_NONE, LXF_DET), W("their", LX_NONE, 0, C_NONE, LXF_DET),
	W("his", LX_NONE, 0, C_NONE, LXF_DET), W("her", LX_NONE, 0, C_NONE, LXF_DET),
	W("our", LX_NONE, 0, C_NONE, LXF_DET), W("these", LX_NONE, 0, C_NONE, LXF_DET),
	W("those", LX_NONE, 0, C_NONE, LXF_DET), W("that", LX_NONE, 0, C_NONE, LXF_DET),
};

const int	nn_timex_lexicon_size = sizeof(nn_timex_lexicon) / sizeof(nn_timex_lexicon[0]);
