// Setup of every test file: each answer a /api/v1 route gives during the file is checked against the OpenAPI
// document (tests/openapi-contract.ts); an answer the document does not describe fails the file.
import { afterAll } from 'vitest';
import { recordAnswers } from './openapi-contract.ts';

const recorder = recordAnswers();

afterAll(async () => {
  const problems = await recorder.stop();
  if (problems.length > 0) {
    const unique = [...new Set(problems)];
    throw new Error(
      `${unique.length} answer(s) not described by the OpenAPI document:\n${unique.slice(0, 30).join('\n')}`,
    );
  }
});
