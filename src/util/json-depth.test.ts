// The JSON depth measures: brackets in strings ignored, escapes honoured, no recursion on hostile nesting.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { depthRefusal, jsonTextDepth, jsonValueDepth, MAX_JSON_DEPTH } from './json-depth.ts';

test('text depth counts arrays and objects, not brackets inside strings', () => {
  assert.equal(jsonTextDepth('{"text":"x y"}'), 1);
  assert.equal(jsonTextDepth('{"a":[{"b":[]}]}'), 4);
  assert.equal(jsonTextDepth('{"a":"[[[[{{{{"}'), 1);
  assert.equal(jsonTextDepth('{"a":"\\"[[[["}'), 1);
  assert.equal(jsonTextDepth('"just a string"'), 0);
  assert.equal(jsonTextDepth('[[["\\\\"]]]'), 3);
});

test('text depth of a million levels is measured without a stack, and stops early when asked', () => {
  const deep = `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`;
  assert.equal(jsonTextDepth(deep), 1_000_000);
  assert.equal(jsonTextDepth(deep, MAX_JSON_DEPTH), MAX_JSON_DEPTH + 1);
});

test('value depth agrees with text depth on parsed values, even deep ones', () => {
  for (const text of ['{"text":"x"}', '[1,[2,[3]],{"a":{"b":null}}]', '[]', '7', `{"x":${'['.repeat(20_000)}${']'.repeat(20_000)}}`]) {
    assert.equal(jsonValueDepth(JSON.parse(text)), jsonTextDepth(text), text.slice(0, 40));
  }
});

test('the refusal names the limit on one line, and only past it', () => {
  assert.equal(depthRefusal(MAX_JSON_DEPTH, 'record'), null);
  assert.match(depthRefusal(MAX_JSON_DEPTH + 1, 'record')!, /^record is nested more than 64 levels deep \(refused[^\n]*\)$/);
});
