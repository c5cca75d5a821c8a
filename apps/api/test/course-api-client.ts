import type { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { UsersService } from '@cti/access';
import { CLOCK, type Clock } from '@cti/courses';

/** Test helper: a signed-in municipality user talking to the API, and a hand on the app's clock. */
export async function signInAs(app: INestApplication, username: string, municipalityCode: number) {
  const password = 'correct horse battery staple';
  await app.get(UsersService).create({ username, role: 'municipality', municipalityCode, password });
  const login = await request(app.getHttpServer()).post('/api/auth/login').send({ username, password }).expect(200);
  const auth = { Authorization: `Bearer ${login.body.accessToken as string}` };
  const server = app.getHttpServer();
  return {
    get: (path: string) => request(server).get(`/api${path}`).set(auth),
    post: (path: string, body: object) => request(server).post(`/api${path}`).set(auth).send(body),
    put: (path: string, body: object = {}) => request(server).put(`/api${path}`).set(auth).send(body),
    delete: (path: string) => request(server).delete(`/api${path}`).set(auth),
  };
}

/** Sets the app's "now" to noon Copenhagen time on a date; everything that asks for today follows. */
export function clockAt(app: INestApplication): (date: string) => void {
  const clock = app.get<Clock>(CLOCK);
  let now = new Date();
  jest.spyOn(clock, 'now').mockImplementation(() => now);
  return (date) => {
    now = new Date(`${date}T11:00:00Z`);
  };
}
