// Preloaded into a server under the memory benchmark only (node --expose-gc -r bench/memoryProbe.cjs):
// on the parent's 'memory' message it collects garbage fully and answers with process.memoryUsage().
'use strict';
process.on('message', (message) => {
  if (message !== 'memory') return;
  global.gc();
  global.gc();
  process.send({ memory: process.memoryUsage() });
});
// The channel must not keep the server alive once it has shut down.
process.channel.unref();
