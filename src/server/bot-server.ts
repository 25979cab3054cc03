import type { AddressInfo } from 'node:net';
import type { ActivityHandler, Response as AdapterResponse, CloudAdapter } from 'botbuilder';
import * as restify from 'restify';
import type { TabApi } from '../conversation/tab/tab-api';
import { withTurnFields } from '../logging/turn-fields';
import type { TabPageFiles } from '../tab/bundle-tab-page';
import { type ActivityRules, checkActivity } from './check-activity';
import { errorBody, problemForStatus, sendProblem } from './http-problem';
import { readActivity } from './read-activity';
import { checkReadiness, type ReadinessProbe } from './readiness';
import { addTabRoutes } from './tab-routes';

/** A running bot HTTP endpoint. */
export interface RunningBotServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Serves `POST /api/messages` through the CloudAdapter, `GET /healthz` (liveness) and `GET /readyz`
 * (the readiness probes), and the tab (tab-routes.ts). These and create-adapter.ts are the only modules that know about restify
 * and the adapter. The body of `/api/messages` is read here, within a byte limit, and checked
 * before the adapter sees it (docs/configuration.md, "The HTTP endpoint"; why: docs/teams-notes.md §T15): every refusal is a short
 * `{ error: { code, message } }` that repeats nothing the client sent.
 */
export async function startBotServer(options: {
  adapter: CloudAdapter;
  bot: ActivityHandler;
  port: number;
  host: string;
  rules: ActivityRules;
  probes: readonly ReadinessProbe[];
  /** The personal tab's page and JSON API (tab-routes.ts). */
  tab?: { page: TabPageFiles; api: TabApi };
}): Promise<RunningBotServer> {
  const server = restify.createServer({ name: 'sharebot', handleUncaughtExceptions: false });
  server.post('/api/messages', async (req, res) => {
    const read = await readActivity(req).catch(() => undefined);
    if (!read) {
      // The client went away in the middle of its body: nobody is left to answer.
      req.destroy();
      return;
    }
    if (!read.ok) {
      sendProblem(res, read.problem, { close: read.close });
      return;
    }
    const problem = checkActivity(read.body, options.rules);
    if (problem) {
      sendProblem(res, problem);
      return;
    }
    req.body = read.body;
    const activityId = (read.body as { id?: string }).id;
    await options.adapter.process(req, adapterResponse(res), (context) =>
      withTurnFields({ activityId }, () => options.bot.run(context)),
    );
  });
  server.get('/healthz', (_req, res, next) => {
    res.send(200, { status: 'ok' });
    next();
  });
  server.get('/readyz', async (_req, res) => {
    const readiness = await checkReadiness(options.probes);
    res.send(readiness.ready ? 200 : 503, { status: readiness.ready ? 'ready' : 'notReady', ...readiness });
  });
  if (options.tab) addTabRoutes(server, options.tab.page, options.tab.api);
  // restify's own refusals (unknown path, wrong method) would repeat the path; answer in our shape.
  server.on('restifyError', (_req, res, err, callback) => {
    const problem = problemForStatus(Number((err as { statusCode?: number }).statusCode) || 500);
    // restify's send, so restify knows the error is answered and sends nothing after it.
    res.send(problem.status, errorBody(problem));
    callback();
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

/**
 * The response as CloudAdapter writes it, except that its own refusals are answered in our error
 * shape: 401 for authentication and 500 for an error that escaped the turn come with the error's
 * message as a plain string body (botbuilder's cloudAdapter.ts `process`), and an unhandled invoke
 * gets 501 with no body. Invoke responses that have a body keep it, whatever their status: Teams
 * reads them (docs/teams-notes.md §T3, §T9).
 */
function adapterResponse(res: restify.Response): AdapterResponse {
  let status = 200;
  let sent = false;
  return {
    socket: res.socket,
    header: (name, value) => res.header(name as string, value),
    status: (code) => {
      status = code as number;
      res.status(status);
    },
    send: (body) => {
      sent = true;
      if (status >= 400 && typeof body === 'string') sendProblem(res, problemForStatus(status));
      else res.send(body);
    },
    end: () => {
      if (sent || res.writableEnded) return;
      if (status >= 400) sendProblem(res, problemForStatus(status));
      else res.end();
    },
  };
}
