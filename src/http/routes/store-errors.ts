// Store rejections of user input (a bad cursor or date surfaces as TypeError) become 400 invalid_request.
import { SitrepError } from '../../errors/catalogue.ts';

/** `work`'s value; a TypeError it rejects with becomes SitrepError('invalid_request'). */
export async function badRequestOnTypeError<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof TypeError) throw new SitrepError('invalid_request', error.message);
    throw error;
  }
}
