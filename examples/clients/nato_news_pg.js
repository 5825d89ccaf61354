// Type registration of nato_news for node-postgres (doc/clients.md).
//
//   const { Client } = require('pg');
//   const { registerNatoNews } = require('./nato_news_pg');
//   const client = new Client();  await client.connect();
//   await registerNatoNews(client);
//   (await client.query('SELECT actors FROM nato_news.events(...)')).rows[0].actors
//   // -> [ Entity { kind: 'person', name: 'Jens Stoltenberg' }, ... ]
//
// Without it, node-postgres passes unknown types through as text: an entity is
// 'person:Jens Stoltenberg' and an entity[] the unparsed string '{"person:Jens Stoltenberg",...}'.
'use strict';

// postgres-array is the array parser node-postgres itself uses (a dependency of pg-types).
const { parse: parseArray } = require('postgres-array');

class Entity {
  constructor(kind, name) {
    this.kind = kind;
    this.name = name;
  }

  // the text form, so an Entity can be passed as a query parameter as it is
  toPostgres() {
    return `${this.kind}:${this.name}`;
  }

  toString() {
    return this.toPostgres();
  }
}

// Text form kind:Name; the name may itself hold colons, the kind never does.
function parseEntity(text) {
  const colon = text.indexOf(':');
  return new Entity(text.slice(0, colon), text.slice(colon + 1));
}

// The type OIDs differ between databases, so they are looked up on the connection and
// set on this client only (client.setTypeParser), not globally.
async function registerNatoNews(client) {
  const { rows } = await client.query(
    `SELECT t.oid, t.typarray, t.typname FROM pg_catalog.pg_type t
      WHERE t.typnamespace = 'nato_news'::regnamespace AND t.typname IN ('entity', 'article')`);
  if (rows.length !== 2) {
    throw new Error('the nato_news extension is not installed in this database');
  }
  for (const row of rows) {
    if (row.typname === 'entity') {
      client.setTypeParser(row.oid, 'text', parseEntity);
      client.setTypeParser(row.typarray, 'text', (text) => parseArray(text, parseEntity));
    } else {
      client.setTypeParser(row.typarray, 'text', (text) => parseArray(text));
    }
  }
}

module.exports = { Entity, parseEntity, registerNatoNews };
