/**
 * The team server alone in its own process, for tests/bench/team-server.measure.ts: its memory is then its own,
 * not the clients'. Sends { port } when listening; answers 'memory' with process.memoryUsage() after a GC.
 */
import { createTeamServer } from '../../lib/team-server/server';

const team = await createTeamServer({ port: 0, host: '127.0.0.1', sqlite: process.argv[2]! });
process.send!({ port: team.port });
process.on('message', async (message) => {
  if (message === 'memory') {
    (globalThis as { gc?: () => void }).gc?.();
    process.send!({ memory: process.memoryUsage(), documents: team.server.hocuspocus.getDocumentsCount() });
  } else if (message === 'stop') {
    await team.close();
    process.exit(0);
  }
});
