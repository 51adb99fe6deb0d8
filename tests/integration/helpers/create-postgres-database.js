// Creates one PostgreSQL database as a copy of the migrated template, for one
// integration test file. Run as a child process: Jest's setup files are
// synchronous and the database must exist before the test file loads the app.
const { Client } = require('pg');

const [adminUrl, name, template] = process.argv.slice(2);
const client = new Client({ connectionString: adminUrl });
client
  .connect()
  .then(() => client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`))
  .then(() => client.end())
  .catch((error) => {
    console.error(error.message);
    process.exit(1);
  });
