/** The error code a call was refused with (a test fails when it was not refused). */
export async function refusal(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    return (e as { reply: { code: string } }).reply.code;
  }
  throw new Error('expected a refusal');
}
