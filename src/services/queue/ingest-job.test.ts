// Tests for the ingest job payload: inputs survive the trip through JSON, malformed payloads are refused.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { recordItem } from '../../stages/read/read-inputs.ts';
import { failedInput, type InputItem } from '../../stages/read/input-item.ts';
import { InvalidJobError, inputFromJobData, jobDataFromInput } from './ingest-job.ts';

const roundTrip = (item: InputItem): InputItem => inputFromJobData(JSON.parse(JSON.stringify(jobDataFromInput(item))));

describe('ingest job payload', () => {
  it('carries a local file\'s bytes exactly, including bytes that are not valid UTF-8', () => {
    const bytes = new Uint8Array([0x3c, 0x70, 0x3e, 0xff, 0xfe, 0x00, 0x41]);
    const item: InputItem = { origin: '/in/page.html', kind: 'html', contentType: 'text/html', bytes, body: null, fields: {}, error: null };
    const back = roundTrip(item);
    assert.deepEqual(back, item);
    assert.deepEqual([...back.bytes!], [...bytes]);
  });

  it('carries a JSON record\'s decoded body and fields', () => {
    const item = recordItem('/in/feed.jsonl#3', { text: 'Shelling hit Raqqa.', url: 'https://example.org/a', title: 'Raqqa', published: '2014-07-01' });
    const back = roundTrip(item);
    assert.equal(back.body, 'Shelling hit Raqqa.');
    assert.equal(back.fields.url, 'https://example.org/a');
    assert.deepEqual(back, item);
  });

  it('carries an input that could not be read, with its error', () => {
    const item = failedInput('/in/missing.txt', 'no such file or directory: /in/missing.txt');
    assert.deepEqual(roundTrip(item), item);
  });

  it('refuses payloads it did not make', () => {
    assert.throws(() => inputFromJobData(null), InvalidJobError);
    assert.throws(() => inputFromJobData({ origin: 'x' }), InvalidJobError);
    const good = jobDataFromInput(failedInput('/a', 'e'));
    assert.throws(() => inputFromJobData({ ...good, kind: 'pdf' }), /unknown kind/);
    assert.throws(() => inputFromJobData({ ...good, error: null }), /neither bytes nor an error/);
  });
});
