// The proof-of-work challenge of a survey page (app/src/domain/proof_of_work.rs),
// solved off the page's thread. Given [text, bits], it finds the smallest
// number whose decimal digits, appended to the text, give a SHA-256 digest
// starting with `bits` zero bits, posts those digits and closes. The server
// checks a solution with one digest of its own (services/proof_of_work.rs).
//
// The text's whole 64-byte blocks are hashed once; each try hashes only the
// last block or two.
'use strict';

var K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);
var INITIAL = new Int32Array([
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
]);
var W = new Int32Array(64);

// One block of `bytes` from `at` into `state`.
function compress(state, bytes, at) {
  for (var i = 0; i < 16; i++) {
    var j = at + i * 4;
    W[i] = (bytes[j] << 24) | (bytes[j + 1] << 16) | (bytes[j + 2] << 8) | bytes[j + 3];
  }
  for (i = 16; i < 64; i++) {
    var a = W[i - 15], b = W[i - 2];
    var s0 = ((a >>> 7) | (a << 25)) ^ ((a >>> 18) | (a << 14)) ^ (a >>> 3);
    var s1 = ((b >>> 17) | (b << 15)) ^ ((b >>> 19) | (b << 13)) ^ (b >>> 10);
    W[i] = (W[i - 16] + s0 + W[i - 7] + s1) | 0;
  }
  var h0 = state[0], h1 = state[1], h2 = state[2], h3 = state[3];
  var h4 = state[4], h5 = state[5], h6 = state[6], h7 = state[7];
  for (i = 0; i < 64; i++) {
    var e = h4;
    var t1 = (h7 + (((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7))) +
      ((e & h5) ^ (~e & h6)) + K[i] + W[i]) | 0;
    var x = h0;
    var t2 = ((((x >>> 2) | (x << 30)) ^ ((x >>> 13) | (x << 19)) ^ ((x >>> 22) | (x << 10))) +
      ((x & h1) ^ (x & h2) ^ (h1 & h2))) | 0;
    h7 = h6; h6 = h5; h5 = h4; h4 = (h3 + t1) | 0;
    h3 = h2; h2 = h1; h1 = h0; h0 = (t1 + t2) | 0;
  }
  state[0] = (state[0] + h0) | 0; state[1] = (state[1] + h1) | 0;
  state[2] = (state[2] + h2) | 0; state[3] = (state[3] + h3) | 0;
  state[4] = (state[4] + h4) | 0; state[5] = (state[5] + h5) | 0;
  state[6] = (state[6] + h6) | 0; state[7] = (state[7] + h7) | 0;
}

function solve(text, bits) {
  var bytes = new TextEncoder().encode(text);
  var whole = bytes.length - (bytes.length % 64);
  var middle = new Int32Array(INITIAL);
  for (var at = 0; at < whole; at += 64) compress(middle, bytes, at);
  var tail = new Uint8Array(128);
  var rest = bytes.length - whole;
  tail.set(bytes.subarray(whole));
  var state = new Int32Array(8);
  for (var n = 0; ; n++) {
    var digits = String(n);
    var length = rest;
    for (var i = 0; i < digits.length; i++) tail[length++] = digits.charCodeAt(i);
    tail.fill(0, length);
    tail[length] = 0x80;
    var blocks = length + 9 <= 64 ? 1 : 2;
    var bitLength = (bytes.length + digits.length) * 8;
    var end = blocks * 64;
    tail[end - 4] = bitLength >>> 24;
    tail[end - 3] = bitLength >>> 16;
    tail[end - 2] = bitLength >>> 8;
    tail[end - 1] = bitLength;
    state.set(middle);
    compress(state, tail, 0);
    if (blocks === 2) compress(state, tail, 64);
    if (Math.clz32(state[0]) >= bits) return digits;
  }
}

self.onmessage = function (event) {
  postMessage(solve(String(event.data[0]), event.data[1] | 0));
  self.close();
};
