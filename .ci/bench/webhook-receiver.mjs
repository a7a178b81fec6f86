// The benchmark's webhook receiver: answers every POST with 204 at once
// and counts them; GET /count says how many arrived. Usage:
//   node .ci/bench/webhook-receiver.mjs PORT
import http from "node:http";

const port = Number(process.argv[2]);
let received = 0;
http
  .createServer((request, response) => {
    if (request.method === "GET" && request.url === "/count") {
      response.end(String(received));
      return;
    }
    request.resume();
    request.on("end", () => {
      received += 1;
      response.writeHead(204);
      response.end();
    });
  })
  .listen(port, "127.0.0.1");
