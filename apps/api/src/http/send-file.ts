import type { FastifyReply } from 'fastify';
import { attachment } from '../kit/content-disposition';

/** Send a file as a download (every route that returns a file goes through here). */
export function sendFile(reply: FastifyReply, fileName: string, contentType: string, body: unknown) {
  return reply.header('Content-Disposition', attachment(fileName)).type(contentType).send(body);
}
