import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';

/** A request slower than this is logged at info; quicker ones at debug. */
export const SLOW_REQUEST_MS = 1000;

/**
 * Fastify logs two lines per request at info ("incoming request", "request completed"): at hundreds of
 * requests a second that is a lot of log volume for little use (mutations are in the audit log). Here: the
 * incoming line at debug, the completed line at debug unless the request was slow (info) or failed (error).
 * CPU is not the reason: pino writing to /dev/null measured within noise (bench/RESULTS.md).
 */
export class QuietRequestLog extends LogController {
  constructor(private readonly slowMs = SLOW_REQUEST_MS) {
    super();
  }

  override incomingRequest(request: FastifyRequest) {
    request.log.debug({ req: request }, 'incoming request');
  }

  override requestCompleted(error: Error | null | undefined, _request: FastifyRequest, reply: FastifyReply) {
    const responseTime = reply.elapsedTime;
    if (error) reply.log.error({ res: reply, err: error, responseTime }, 'request errored');
    else if (responseTime >= this.slowMs) reply.log.info({ res: reply, responseTime }, 'slow request');
    else reply.log.debug({ res: reply, responseTime }, 'request completed');
  }
}
