import type { AddressInfo } from 'node:net';
import type { ActivityHandler, CloudAdapter } from 'botbuilder';
import * as restify from 'restify';

/** A running bot HTTP endpoint. */
export interface RunningBotServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Serves `POST /api/messages` through the CloudAdapter and `GET /healthz`. This and
 * create-adapter.ts are the only modules that know about restify and the adapter.
 */
export async function startBotServer(options: {
  adapter: CloudAdapter;
  bot: ActivityHandler;
  port: number;
  host: string;
}): Promise<RunningBotServer> {
  const server = restify.createServer({ name: 'sharebot', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ mapParams: false }));
  server.post('/api/messages', async (req, res) => {
    await options.adapter.process(req, res, (context) => options.bot.run(context));
  });
  server.get('/healthz', (_req, res, next) => {
    res.send(200, { status: 'ok' });
    next();
  });
  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${options.port} is already in use. Set PORT to another port for Sharebot.`)
          : error,
      );
    };
    server.once('error', onError);
    server.listen(options.port, options.host, () => {
      server.removeListener('error', onError);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${options.host}:${port}`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
      }),
  };
}
