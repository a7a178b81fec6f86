// Verifies one webhook delivery with the Standard Webhooks reference
// library (npm `standardwebhooks`), independent of our Rust signing code.
// Reads {"secret", "headers", "body"} as JSON on stdin; prints the
// verified payload's type, or why it failed (exit code 1).
import { Webhook } from "standardwebhooks";

let input = "";
process.stdin.setEncoding("utf8");
for await (const chunk of process.stdin) input += chunk;
const { secret, headers, body } = JSON.parse(input);
try {
  const payload = new Webhook(secret).verify(body, headers);
  console.log(payload.type);
} catch (error) {
  console.log(`refused: ${error.message}`);
  process.exit(1);
}
