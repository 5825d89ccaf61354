// Client test: nato_news values through node-postgres, before and after type registration.
//
//   node examples/clients/node_types.js DBNAME
//
// Connection settings come from the usual PG* environment variables. Prints one
// "ok N - ..." or "not ok N - ..." line per check; exits 1 on any failure. Reads only.
'use strict';

const assert = require('assert');
const { Client } = require('pg');
const { Entity, registerNatoNews } = require('./nato_news_pg');

const SENTENCE = ['Jens Stoltenberg held a phone call with Recep Tayyip Erdogan on Thursday.', '2020-05-14'];
const EVENT_QUERY = 'SELECT actors, location, event_type FROM nato_news.events(nato_news.article($1, $2::date))';

let count = 0;
let failed = 0;
function check(label, fn) {
  count += 1;
  try {
    fn();
    console.log(`ok ${count} - node-postgres: ${label}`);
  } catch (err) {
    failed += 1;
    console.log(`not ok ${count} - node-postgres: ${label} (${err.message.split('\n')[0]})`);
  }
}

const entity = (kind, name) => new Entity(kind, name);

async function main(database) {
  const client = new Client({ database });
  await client.connect();
  try {
    // today's trap: an unregistered entity[] is one unparsed string
    const raw = (await client.query(EVENT_QUERY, SENTENCE)).rows[0].actors;
    check('unregistered entity[] arrives as a string', () => assert.strictEqual(typeof raw, 'string'));

    await registerNatoNews(client);
    const row = (await client.query(EVENT_QUERY, SENTENCE)).rows[0];
    check('entity[] arrives as an array of Entity', () => assert.deepStrictEqual(row.actors,
      [entity('person', 'Jens Stoltenberg'), entity('person', 'Recep Tayyip Erdoğan')]));
    check('an event type is plain text', () => assert.strictEqual(row.event_type, 'CONSULT'));
    check('a NULL entity is null', () => assert.strictEqual(row.location, null));

    const one = (await client.query("SELECT 'Erdogan'::nato_news.entity AS e")).rows[0].e;
    check('an entity arrives as Entity', () => assert.deepStrictEqual(one, entity('person', 'Recep Tayyip Erdoğan')));
    check('String(entity) is the text form', () => assert.strictEqual(String(one), 'person:Recep Tayyip Erdoğan'));

    // names with commas, quotes and backslashes survive array quoting
    const odd = (await client.query(`SELECT ARRAY['person:Smith, John', 'org:The "Quoted" Club',
                                                 'place:Back\\slash']::nato_news.entity[] AS a`)).rows[0].a;
    check('array quoting is undone', () => assert.deepStrictEqual(odd,
      [entity('person', 'Smith, John'), entity('org', 'The "Quoted" Club'), entity('place', 'Back\\slash')]));

    // parameters: an Entity, and a plain string the server resolves, default search_path
    const same = (await client.query("SELECT $1 = 'person:Recep Tayyip Erdoğan'::nato_news.entity AS same",
      [entity('person', 'Recep Tayyip Erdoğan')])).rows[0].same;
    check('an Entity parameter is an entity', () => assert.strictEqual(same, true));
    const found = (await client.query(
      'SELECT count(*)::int AS n FROM nato_news.events(nato_news.article($1, $2::date)) e WHERE $3 = ANY(e.actors)',
      [...SENTENCE, 'Stoltenberg'])).rows[0].n;
    check('= ANY(actors) with an alias parameter', () => assert.strictEqual(found, 1));
    const minmax = (await client.query(
      "SELECT min(a), max(a) FROM unnest(ARRAY['org:NATO', 'country:Turkey']::nato_news.entity[]) a")).rows[0];
    check('min/max come back as Entity', () => assert.deepStrictEqual([minmax.min, minmax.max],
      [entity('country', 'Turkey'), entity('org', 'NATO')]));
  } finally {
    await client.end();
  }
  return failed === 0 ? 0 : 1;
}

main(process.argv[2]).then((code) => process.exit(code), (err) => {
  console.log(`not ok ${count + 1} - node-postgres: ${err.message}`);
  process.exit(1);
});
