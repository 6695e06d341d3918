// The baseline of the server benchmark: bare restify 11 with the same body parser, answering
// POST /api/chat with a constant JSON reply. Prints its port on stdout.
import restify from 'restify';

const server = restify.createServer({ name: 'bare' });
server.use(restify.plugins.bodyParser({ mapParams: false, maxBodySize: 64 * 1024 }));
const reply = { conversationId: 'c', replies: [{ text: 'Hello!' }], status: 'bot' };
server.post('/api/chat', (_req, res, next) => {
  res.send(200, reply);
  return next();
});
server.listen(0, '127.0.0.1', () => console.log(`listening on http://127.0.0.1:${(server.address() as { port: number }).port}/`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
